"""What a seal covers: the Niederschrift's content in canonical form, and its hash.

Only what belongs in the Niederschrift is covered: case reference, applicant, participants,
times, entries with their final wording, corrections and notices. Interviewer notes and the
assistant's hints are not part of it. The content is computed "as of" a seal so that a later
addendum round does not change what an earlier seal covered.

The device signature of a seal is Ed25519 over the 32 raw bytes of the SHA-256 content hash
(``bytes.fromhex(seal.content_hash)``), made with the profile's device key
(``app.sync.keys.sign_content_hash``). The content's canonical form is RFC 8785
(``app.domain.canonical``), the same bytes as before protocol 1.1 for all our content.
"""

from __future__ import annotations

from typing import Any

from app.domain.canonical import content_hash, to_plain
from app.domain.case import Case
from app.domain.hearing import Hearing, Seal

FORMAT = "asa.niederschrift/1"


def niederschrift_content(
    case: Case, hearing: Hearing, covers_up_to: int | None = None
) -> dict[str, Any]:
    limit = covers_up_to if covers_up_to is not None else hearing.next_number - 1
    entries = [e for e in hearing.entries if e.number <= limit]
    numbers = {e.number for e in entries}
    return {
        "format": FORMAT,
        "case": {"id": case.id, "reference": case.reference, "applicant": to_plain(case.applicant)},
        "hearing": {
            "id": hearing.id,
            "skeleton_id": hearing.skeleton_id,
            "interviewer": hearing.interviewer,
            "interpreter": hearing.interpreter,
            "language": hearing.language,
            "place": hearing.place,
            "participants": list(hearing.participants),
            "started_at": hearing.started_at,
            "breaks": to_plain(hearing.breaks),
            "pack_versions": dict(sorted(hearing.pack_versions.items())),
        },
        "entries": [
            {
                "number": e.number,
                "kind": e.kind.value,
                "speaker": e.speaker.value,
                "question_ref": e.question_ref,
                "notice_id": e.notice_id,
                "question": e.question,
                "answer": e.answer,
                "fields": dict(sorted(e.fields.items())),
                "created_at": e.created_at,
            }
            for e in entries
        ],
        "corrections": [
            {
                "entry_number": c.entry_number,
                "original": c.original,
                "corrected": c.corrected,
                "at": c.at,
            }
            for c in hearing.corrections
            if c.entry_number in numbers
        ],
    }


def seal_hash(case: Case, hearing: Hearing, covers_up_to: int | None = None) -> str:
    return content_hash(niederschrift_content(case, hearing, covers_up_to))


def verify_seal(case: Case, hearing: Hearing, seal: Seal) -> bool:
    """True when the transcript still has exactly the content the seal recorded."""
    return seal_hash(case, hearing, seal.covers_up_to) == seal.content_hash
