"""What comes down from the central service, in the profile database: assigned cases and
transcripts returned for revision with the supervisor's comments.

Runs on the database thread only (see ``app.store.sync_source``). Both are idempotent: the
same assignment or return comes down again in every round until it changes or is answered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.domain.canonical import to_plain
from app.domain.case import Case
from app.domain.clock import utcnow
from app.store.cases import applicant_from_plain
from app.store.store import Store
from app.sync.messages import Assignment, ReturnForRevision, ReviewComment

# Audit actions (stable strings: part of the hashed record; ids only).
CASE_ASSIGNED = "case.assigned"
RETURNED = "hearing.returned"


@dataclass(frozen=True)
class ReturnedTranscript:
    return_id: str
    hearing_id: str
    case_reference: str
    seal_version: int
    comments: list[ReviewComment]
    returned_by: str
    returned_at: str
    answered: bool  # a newer seal version exists (sent or about to be)


def save_assignment(store: Store, assignment: Assignment) -> None:
    data = assignment.case
    applicant = applicant_from_plain({"family_name": "", "given_names": "", **data.applicant})
    with store.transaction():
        heard = store.hearings.ids_for_case(data.id)
        try:
            case = store.cases.get(data.id)
        except LookupError:
            case = Case(data.reference, applicant, id=data.id)
        if not heard:
            # Reference and applicant are part of every sealed Niederschrift of the case; once
            # a hearing exists they stay as heard, and only the case file is refreshed.
            case.reference, case.applicant = data.reference, applicant
        case.case_file, case.assigned = dict(data.case_file), True
        store.cases.upsert(case)
        new = not store.conn.execute(
            "SELECT 1 FROM sync_assignments WHERE assignment_id=?", (assignment.assignment_id,)
        ).fetchone()
        store.conn.execute(
            "INSERT INTO sync_assignments (assignment_id, case_id, assigned_at, assigned_by,"
            " note, received_at) VALUES (?,?,?,?,?,?) ON CONFLICT DO UPDATE SET"
            " note=excluded.note",
            (
                assignment.assignment_id,
                data.id,
                assignment.assigned_at,
                assignment.assigned_by,
                assignment.note,
                to_plain(utcnow()),
            ),
        )
        if new:
            store.audit.append(CASE_ASSIGNED, None, case_id=data.id)


def save_return(store: Store, returned: ReturnForRevision) -> None:
    with store.transaction():
        inserted = store.conn.execute(
            "INSERT INTO sync_returns (return_id, hearing_id, case_id, seal_version, comments,"
            " returned_by, returned_at, received_at) VALUES (?,?,?,?,?,?,?,?)"
            " ON CONFLICT DO NOTHING",
            (
                returned.return_id,
                returned.hearing_id,
                returned.case_id,
                returned.seal_version,
                json.dumps([c.model_dump() for c in returned.comments], ensure_ascii=False),
                returned.returned_by,
                returned.returned_at,
                to_plain(utcnow()),
            ),
        ).rowcount
        if inserted:
            store.audit.append(
                RETURNED,
                returned.hearing_id,
                version=returned.seal_version,
                return_id=returned.return_id,
            )


# A return is answered once a newer version of its hearing is sealed (sent or about to be).
_ANSWERED = (
    "EXISTS (SELECT 1 FROM seals s WHERE s.hearing_id = r.hearing_id"
    " AND s.version > r.seal_version)"
)


def returned_transcripts(store: Store) -> list[ReturnedTranscript]:
    rows = store.conn.execute(
        "SELECT r.return_id, r.hearing_id, COALESCE(c.reference, ''), r.seal_version,"
        f" r.comments, r.returned_by, r.returned_at, {_ANSWERED}"
        " FROM sync_returns r LEFT JOIN cases c ON c.id = r.case_id"
        " ORDER BY r.returned_at DESC"
    ).fetchall()
    return [
        ReturnedTranscript(
            r[0],
            r[1],
            r[2],
            r[3],
            [ReviewComment.model_validate(c) for c in json.loads(r[4])],
            r[5],
            r[6],
            bool(r[7]),
        )
        for r in rows
    ]


def open_returns(store: Store, hearing_id: str) -> list[ReturnedTranscript]:
    """The hearing's returns that no newer sealed version answers yet."""
    return [r for r in returned_transcripts(store) if r.hearing_id == hearing_id and not r.answered]


def returned_case_ids(store: Store) -> set[str]:
    """Cases with a return that no newer sealed version answers yet (the case list says so)."""
    rows = store.conn.execute(
        f"SELECT DISTINCT r.case_id FROM sync_returns r WHERE NOT {_ANSWERED}"
    ).fetchall()
    return {row[0] for row in rows}
