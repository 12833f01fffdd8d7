"""The same export from a synced bundle's payload alone as from the desktop's hearing (issue
12.2): the supervisor's download prints what the interviewer's export printed."""

from __future__ import annotations

import dataclasses

import pytest
from docx import Document

from app.domain.canonical import to_plain
from app.domain.sealing import niederschrift_content, seal_hash
from app.export import export_docx, export_pdf
from app.export.from_bundle import NotExportable, export_bundle
from app.skeletons.loading import get_skeleton
from tests.export import sample
from tests.export.test_pdf import pdf_text


def payload_of(case, hearing, version: int) -> dict:
    """What a bundle of seal ``version`` carries (content and seal, as JSON data)."""
    seal = next(s for s in hearing.seals if s.version == version)
    return {
        "hearing_id": hearing.id,
        "case_id": case.id,
        "seal": to_plain(dataclasses.asdict(seal)),
        "content": to_plain(niederschrift_content(case, hearing, seal.covers_up_to)),
    }


def docx_text(path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def desktop_args(hearing):
    """What the hearing screen hands the export: the skeleton's title and field labels."""
    try:
        skeleton = get_skeleton(hearing.skeleton_id)
    except LookupError:  # the sample's invented skeleton
        return ("de", "", {})
    labels = {(q.id, f.id): f.label_in("de") for q in skeleton.questions for f in q.fields}
    return ("de", skeleton.title_in("de"), labels)


@pytest.fixture
def twice_sealed(case):
    """Read back with a correction, sealed; an addendum sealed as version 2."""
    hearing = sample.make_hearing(case)
    covers = hearing.next_number - 1
    hearing.seal_addenda(seal_hash(case, hearing, covers), covers, device_key_id="dev-7f3a")
    return hearing


def test_docx_and_pdf_of_a_bundle_say_what_the_desktop_export_says(
    qapp, tmp_path, case, twice_sealed
):
    hearing = twice_sealed
    first, second = payload_of(case, hearing, 1), payload_of(case, hearing, 2)
    desktop = export_docx(case, hearing, tmp_path / "desktop.docx", *desktop_args(hearing))
    served = export_bundle(second, "docx", tmp_path / "served.docx", earlier=[first])
    text = docx_text(served)
    assert text == docx_text(desktop)
    assert sample.CORRECTED_ANSWER in text and sample.ADDENDUM_TEXT in text
    assert sample.ARABIC_ANSWER in text
    desktop_pdf = export_pdf(case, hearing, tmp_path / "desktop.pdf", *desktop_args(hearing))
    served_pdf = export_bundle(second, "pdf", tmp_path / "served.pdf", earlier=[first])
    assert pdf_text(served_pdf) == pdf_text(desktop_pdf)


def test_a_bundle_that_is_not_a_sealed_transcript_is_refused_by_name(tmp_path, case):
    hearing = sample.make_hearing(case, addendum=False)
    broken = payload_of(case, hearing, 1)
    del broken["content"]["hearing"]["started_at"]
    with pytest.raises(NotExportable, match="started_at"):
        export_bundle(broken, "docx", tmp_path / "x.docx")
    with pytest.raises(NotExportable, match="odt"):
        export_bundle(payload_of(case, hearing, 1), "odt", tmp_path / "x.odt")
