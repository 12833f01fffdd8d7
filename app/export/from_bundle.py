"""The Niederschrift of a synced bundle, exported exactly as the desktop exports it.

The supervisor's pages offer "download as DOCX and PDF, the same export as the desktop"; the
service has no desktop store, only the signed bundles. A bundle's ``content``
(``niederschrift_content`` as of its seal) holds everything the transcript says; the rest the
export prints follows from the seal: the hearing ended when it was first sealed, and a sealed
transcript was read back completely (sealing refuses otherwise), so every section counts as
confirmed, or corrected where a correction was recorded. The rebuilt hearing must give the
very content hash the seal names - the export's own seal check prints a warning otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.domain import readback
from app.domain.case import Case
from app.domain.clock import parse_instant
from app.domain.hearing import Hearing, HearingState, Seal
from app.domain.transcript import Break, Correction, Entry, EntryKind, Revision, Speaker
from app.export.view import TranscriptView, build_view

FORMATS = ("docx", "pdf")


class NotExportable(ValueError):
    """The payload is not a sealed transcript bundle the export can read; names what is wrong."""


def _seal(data: dict[str, Any]) -> Seal:
    return Seal(
        version=data["version"],
        sealed_at=parse_instant(data["sealed_at"]),
        content_hash=data["content_hash"],
        covers_up_to=data["covers_up_to"],
        signature=data.get("signature", ""),
        device_key_id=data.get("device_key_id", ""),
        open_items_reason=data.get("open_items_reason", ""),
    )


def _entry(hearing_id: str, data: dict[str, Any]) -> Entry:
    created = parse_instant(data["created_at"])
    question, answer = data.get("question", ""), data.get("answer", "")
    return Entry(
        hearing_id,
        data["number"],
        EntryKind(data["kind"]),
        question,
        answer,
        Speaker(data["speaker"]),
        data.get("question_ref"),
        data.get("notice_id"),
        created_at=created,
        revisions=[Revision(1, question, answer, created, True, dict(data.get("fields", {})))],
    )


def case_and_hearing(payload: dict[str, Any], earlier: Sequence[dict[str, Any]] = ()):
    """(Case, Hearing) as sealed in ``payload`` (a BundlePayload as JSON data); ``earlier``:
    payloads of the hearing's earlier seal versions, whose seals the printout lists too."""
    from app.store.cases import applicant_from_plain  # plain data only; no database

    try:
        content, seal = payload["content"], _seal(payload["seal"])
        case_data, h = content["case"], content["hearing"]
        case = Case(case_data["reference"], applicant_from_plain(case_data["applicant"]))
        case.id = case_data["id"]
        seals = sorted(
            [_seal(p["seal"]) for p in earlier if p["seal"]["version"] < seal.version] + [seal],
            key=lambda s: s.version,
        )
        hearing = Hearing(
            case.id,
            h["skeleton_id"],
            h["interviewer"],
            h.get("interpreter", ""),
            h.get("language", ""),
            h.get("place", ""),
            id=h["id"],
            started_at=parse_instant(h["started_at"]),
            ended_at=seals[0].sealed_at,
            state=HearingState.SEALED,
            breaks=[
                Break(
                    parse_instant(b["started_at"]),
                    parse_instant(b["ended_at"]) if b.get("ended_at") else None,
                    b.get("reason", ""),
                )
                for b in h.get("breaks", [])
            ],
            seals=seals,
            pack_versions=dict(h.get("pack_versions", {})),
            participants=list(h.get("participants", [])),
        )
        hearing.entries = [_entry(hearing.id, e) for e in content["entries"]]
        ids = {e.number: e.id for e in hearing.entries}
        hearing.corrections = [
            Correction(
                ids.get(c["entry_number"], ""),
                c["entry_number"],
                c["original"],
                c["corrected"],
                parse_instant(c["at"]),
            )
            for c in content.get("corrections", [])
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise NotExportable(f"the bundle's sealed content cannot be read: {exc!r}") from None
    for section in readback.sections(hearing):  # read back in full before it was sealed
        hearing.readback[section.start] = readback.digest(hearing, section.start)
    return case, hearing


def bundle_view(
    payload: dict[str, Any], language: str = "de", earlier: Sequence[dict[str, Any]] = ()
) -> TranscriptView:
    """The view the desktop's export lays out, with the skeleton's title and field labels."""
    from app.skeletons.loading import get_skeleton

    case, hearing = case_and_hearing(payload, earlier)
    title, labels = "", {}
    try:
        skeleton = get_skeleton(hearing.skeleton_id)
    except LookupError:
        skeleton = None  # a skeleton this installation does not ship: field ids as labels
    if skeleton is not None:
        title = skeleton.title_in(language)
        labels = {(q.id, f.id): f.label_in(language) for q in skeleton.questions for f in q.fields}
    return build_view(case, hearing, language, title, labels)


def export_bundle(
    payload: dict[str, Any],
    fmt: str,
    path: Path | str,
    language: str = "de",
    earlier: Sequence[dict[str, Any]] = (),
    password: str | None = None,
) -> Path:
    """Write the Niederschrift of a bundle's payload as ``fmt`` (docx or pdf) to ``path``:
    the same document the desktop exports of that sealed version. The PDF needs QtGui (a
    QGuiApplication is made if the process has none)."""
    if fmt not in FORMATS:
        raise NotExportable(f"unknown export format {fmt!r} (docx or pdf)")
    view = bundle_view(payload, language, earlier)
    if fmt == "docx":
        from app.export.docx_builder import build_docx

        return build_docx(view, Path(path))
    from app.export.pdf_builder import build_pdf

    return build_pdf(view, Path(path), password)
