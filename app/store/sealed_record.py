"""What a seal covers, as the database sees it: one list of tables and columns.

Once a hearing is sealed, none of these may change (the Niederschrift's content hash and the
device signature cover them); migration 0006 and the earlier seal triggers enforce it in the
database itself, beside the domain's gate (``app/domain/changes.py``). Every column of these
tables is listed either here or in ``NOT_SEALED`` with the reason, and
``tests/store/test_sealed_record.py`` tries to change each sealed column of a sealed hearing
directly in SQL: a column without a trigger fails that test.
"""

from __future__ import annotations

SEALED_COLUMNS: dict[str, tuple[str, ...]] = {
    "cases": ("id", "reference", "applicant"),
    "hearings": (
        "id",
        "case_id",
        "skeleton_id",
        "interviewer",
        "interpreter",
        "language",
        "place",
        "participants",
        "started_at",
        "ended_at",
        "state",
        "readback",
        "pack_versions",
    ),
    "entries": (
        "id",
        "hearing_id",
        "number",
        "kind",
        "speaker",
        "question_ref",
        "notice_id",
        "created_at",
    ),
    "revisions": ("entry_id", "number", "question", "answer", "saved_at", "closed", "fields"),
    "corrections": (
        "id",
        "hearing_id",
        "entry_id",
        "entry_number",
        "original",
        "corrected",
        "at",
    ),
    "breaks": ("hearing_id", "seq", "started_at", "ended_at", "reason"),
    "seals": (
        "hearing_id",
        "version",
        "sealed_at",
        "content_hash",
        "covers_up_to",
        "signature",
        "device_key_id",
        "open_items_reason",
    ),
}

# Columns of the tables above that may change after sealing, and why.
NOT_SEALED: dict[str, dict[str, str]] = {
    "cases": {
        "case_file": "what the file held before the hearing; refreshed by sync, not printed",
        "assigned": "whether the case came from the case system (sync bookkeeping)",
        "created_at": "when the case was created on this laptop; not in the Niederschrift",
    },
}

# Tables in which a sealed hearing takes no new row (addenda are the one exception, and
# only as new entries with their single closed revision).
NO_NEW_ROWS = ("entries", "revisions", "corrections", "breaks")
