"""The gate: which change of a hearing each state allows.

Every method of ``Hearing`` that changes it asks ``require`` first, so this table is the one
place that says what a hearing in progress, in read-back or sealed may still take. The store's
triggers enforce the same for what a seal covers (``app/store/sealed_columns.py``).
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.errors import DomainError, SealedError


class HearingState(StrEnum):
    IN_PROGRESS = "in_progress"
    READBACK = "readback"  # Rückübersetzung under way
    SEALED = "sealed"  # also during an addendum round: the addenda are sealed as a new version


class Change(StrEnum):
    ADD_ENTRY = "add_entry"
    WRITE_ENTRY = "write_entry"  # text and typed fields of an entry
    CLOSE_ENTRY = "close_entry"  # the interviewer left the entry
    SET_SPEAKER = "set_speaker"
    UPDATE_HEADER = "update_header"  # interpreter, language, place, participants
    RECORD_PACK_VERSIONS = "record_pack_versions"
    RECORD_NOTICE = "record_notice"
    START_BREAK = "start_break"
    END_BREAK = "end_break"
    START_READBACK = "start_readback"
    RESUME = "resume"  # back from read-back to questioning
    CONFIRM_SECTION = "confirm_section"
    CORRECT = "correct"
    SEAL = "seal"
    ADD_ADDENDUM = "add_addendum"
    SEAL_ADDENDA = "seal_addenda"


_QUESTIONING = {
    Change.ADD_ENTRY,
    Change.WRITE_ENTRY,
    Change.CLOSE_ENTRY,
    Change.SET_SPEAKER,
    Change.UPDATE_HEADER,
    Change.RECORD_PACK_VERSIONS,
    Change.RECORD_NOTICE,
    Change.START_BREAK,
    Change.END_BREAK,
    Change.START_READBACK,
}

# During read-back the wording is frozen: what the applicant changes is a correction, and
# new questions need the hearing resumed (which makes the changed sections due again).
_READING_BACK = {
    Change.CLOSE_ENTRY,
    Change.UPDATE_HEADER,
    Change.RECORD_PACK_VERSIONS,
    Change.RECORD_NOTICE,
    Change.START_BREAK,
    Change.END_BREAK,
    Change.RESUME,
    Change.CONFIRM_SECTION,
    Change.CORRECT,
    Change.SEAL,
}

ALLOWED: dict[HearingState, frozenset[Change]] = {
    HearingState.IN_PROGRESS: frozenset(_QUESTIONING),
    HearingState.READBACK: frozenset(_READING_BACK),
    HearingState.SEALED: frozenset({Change.ADD_ADDENDUM, Change.SEAL_ADDENDA}),
}


def allowed(state: HearingState, change: Change) -> bool:
    return change in ALLOWED[state]


def require(state: HearingState, change: Change) -> None:
    """Refuse ``change`` unless ``state`` allows it."""
    if change in ALLOWED[state]:
        return
    if state == HearingState.SEALED:
        raise SealedError()
    raise DomainError("not_allowed", change=change.value, state=state.value)
