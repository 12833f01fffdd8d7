"""Making sealed transcripts in the real encrypted store, through the real operations."""

from __future__ import annotations

from app.domain import readback
from app.operations.cases import create_case
from app.operations.hearing_session import HearingSession
from app.operations.hearings import load_for_editing, start_hearing
from tests.conftest import sample_applicant


def open_session(worker, hearing_id: str) -> HearingSession:
    case, hearing, _notes, key, key_id = worker.submit(
        lambda s: load_for_editing(s, hearing_id)
    ).result()
    return HearingSession(case, hearing, worker.submit, key, key_id)


def sealed_hearing(worker, reference: str = "8123456-438", answers: int = 2) -> HearingSession:
    """A hearing questioned, read back and sealed (version 1); returns its session."""
    case = worker.submit(lambda s: create_case(s, reference, sample_applicant())).result()
    hearing = worker.submit(
        lambda s: start_hearing(s, case.id, "anhoerung-13", "Anna Beispiel", "Herr D", "Sorani")
    ).result()
    session = open_session(worker, hearing.id)
    for i in range(answers):
        entry, _ = session.add_entry(question=f"Frage {i}?")
        session.type(entry.number, entry.question, f"Antwort {i}, in Erbil.")
    session.start_readback()
    for section in readback.sections(session.hearing):
        session.confirm_section(section.start)
    for notice in ("s25_3", "interpreter_understood", "readback_done"):
        session.record_notice(notice)
    _seal, future = session.seal()
    future.result()
    return session


def addendum_round(session: HearingSession, text: str) -> int:
    """An addendum after a return, sealed as a new version; returns that version."""
    session.add_addendum(text)
    seal, future = session.seal_addenda()
    future.result()
    return seal.version


def tamper_case_reference(case_id: str):
    """A job that changes a sealed transcript's case reference behind the app's back, as
    someone holding the key could: the seal triggers dropped first."""

    def job(store) -> None:
        store.conn.execute("DROP TRIGGER IF EXISTS sealed_case_frozen")
        store.conn.execute("UPDATE cases SET reference='9-999' WHERE id=?", (case_id,))

    return job
