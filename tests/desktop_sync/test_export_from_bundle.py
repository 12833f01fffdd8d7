"""The supervisor's download (issue 12.2): the export made from the bundle the service stored
says exactly what the desktop's export of the same sealed version says, DOCX and PDF."""

from __future__ import annotations

import json

import pytest
from docx import Document

from app.domain import readback
from app.export import export_docx, export_pdf
from app.export.from_bundle import export_bundle
from app.operations.cases import create_case
from app.operations.hearings import start_hearing
from app.skeletons.loading import get_skeleton
from app.sync.runner import run_sync
from tests.conftest import sample_applicant
from tests.desktop_sync.helpers import addendum_round, open_session
from tests.export.test_pdf import pdf_text

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ARABIC = "غادرت أربيل في شهر آب."


def _sealed_with_everything(worker):
    """Typed fields, a free remark in Arabic, a break, a participant, a correction, notices."""
    case = worker.submit(lambda s: create_case(s, "6123456-475", sample_applicant())).result()
    hearing = worker.submit(
        lambda s: start_hearing(s, case.id, "anhoerung-13", "Anna Beispiel", "Herr D", "Sorani")
    ).result()
    session = open_session(worker, hearing.id)
    session.update_participants("Herr D", "Sorani", "Außenstelle Bonn", ["Frau P (Anwältin)"])
    entry, _ = session.add_entry(question="Wie heißen Sie?", question_ref="identity")
    session.type(
        entry.number,
        "Wie heißen Sie?",
        "Ich heiße Dilan Probe.",
        fields={"full_name": "Dilan Probe", "place_of_birth": "Erbil"},
    )
    session.start_break("Pause").result()
    session.end_break().result()
    entry, _ = session.add_entry(question="Warum sind Sie gegangen?")
    session.type(entry.number, "Warum sind Sie gegangen?", ARABIC)
    session.start_readback()
    session.correct(1, "Ich heiße Dilan Probe, genannt Dila.")
    for section in readback.sections(session.hearing):
        session.confirm_section(section.start)
    for notice in ("s25_3", "interpreter_understood", "readback_done"):
        session.record_notice(notice)
    _seal, future = session.seal()
    future.result()
    return session


def _desktop_exports(session, tmp_path, tag):
    skeleton = get_skeleton(session.hearing.skeleton_id)
    labels = {(q.id, f.id): f.label_in("de") for q in skeleton.questions for f in q.fields}
    args = (session.case, session.hearing)
    extra = ("de", skeleton.title_in("de"), labels)
    return (
        export_docx(*args, tmp_path / f"desktop-{tag}.docx", *extra),
        export_pdf(*args, tmp_path / f"desktop-{tag}.pdf", *extra),
    )


def _text(path) -> str:
    if path.suffix == ".pdf":
        return pdf_text(path)
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_the_export_of_the_stored_bundle_equals_the_desktop_export(
    qapp, enrolled, worker, admin, tmp_path
):
    source, client, _user = enrolled
    session = _sealed_with_everything(worker)
    desktop_v1 = _desktop_exports(session, tmp_path, "v1")
    version = addendum_round(session, "Nachgereicht: eine Geburtsurkunde in Kopie.")
    desktop_v2 = _desktop_exports(session, tmp_path, "v2")
    assert run_sync(source, client).sent == 2

    def stored(v):
        row = admin.scalar(
            "SELECT bundle_json FROM transcripts WHERE hearing_id = :h AND seal_version = :v",
            h=session.hearing.id,
            v=v,
        )
        return json.loads(row)["payload"]

    first, second = stored(1), stored(version)
    for fmt, desktop in zip(("docx", "pdf"), desktop_v1, strict=True):
        served = export_bundle(first, fmt, tmp_path / f"served-v1.{fmt}")
        assert _text(served) == _text(desktop)
    for fmt, desktop in zip(("docx", "pdf"), desktop_v2, strict=True):
        served = export_bundle(second, fmt, tmp_path / f"served-v2.{fmt}", earlier=[first])
        text = _text(served)
        assert text == _text(desktop)
        assert "genannt Dila" in text and "Geburtsurkunde" in text and "Erbil" in text
