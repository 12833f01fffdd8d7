"""Starting and opening hearings."""

from __future__ import annotations

from app.domain.audit import Action
from app.domain.hearing import Hearing
from app.store.store import Store


def start_hearing(
    store: Store,
    case_id: str,
    skeleton_id: str,
    interviewer: str,
    interpreter: str = "",
    language: str = "",
    place: str = "",
    pack_versions: dict[str, str] | None = None,
) -> Hearing:
    store.cases.get(case_id)  # refuse a hearing for a case that is not there
    hearing = Hearing(
        case_id,
        skeleton_id,
        interviewer,
        interpreter,
        language,
        place,
        pack_versions=dict(pack_versions or {}),
    )
    with store.transaction():
        store.hearings.add(hearing)
        store.audit.append(
            Action.HEARING_CREATED, hearing.id, case_id=case_id, skeleton=skeleton_id
        )
    return hearing


def load_for_editing(store: Store, hearing_id: str):
    """(case, hearing, interviewer notes, device key, device key id) for a HearingSession."""
    hearing = store.hearings.get(hearing_id)
    case = store.cases.get(hearing.case_id)
    return (
        case,
        hearing,
        store.hearings.notes(hearing_id),
        store.device_key(),
        store.device_key_id(),
    )
