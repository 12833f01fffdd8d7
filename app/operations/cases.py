"""Creating and listing cases."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.audit import Action
from app.domain.case import Applicant, Case

if TYPE_CHECKING:
    from app.store.store import Store


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    case: Case
    hearing_state: str  # "" when no hearing was started yet
    entry_count: int
    returned: bool = False  # returned for revision, not yet answered by a new version


def create_case(
    store: Store, reference: str, applicant: Applicant, case_file: dict | None = None
) -> Case:
    reference = reference.strip()
    if not reference:
        raise ValueError("The case needs a reference (Az.).")
    if not applicant.family_name.strip() and not applicant.family_name_original.strip():
        raise ValueError("The case needs the applicant's family name.")
    case = Case(reference, applicant, case_file=dict(case_file or {}))
    with store.transaction():
        store.cases.add(case)
        store.audit.append(Action.CASE_CREATED, None, case_id=case.id)
    return case


def list_cases(store: Store) -> list[CaseRow]:
    from app.store.sync_downsync import returned_case_ids  # after unlock: not at start-up

    summaries = store.hearings.summaries()
    returned = returned_case_ids(store)
    return [
        CaseRow(c, *summaries.get(c.id, ("", 0)), returned=c.id in returned)
        for c in store.cases.all()
    ]
