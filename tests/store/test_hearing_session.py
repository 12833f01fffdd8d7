"""A hearing written through the operations, persisted in the real encrypted store."""

from __future__ import annotations

import pytest

from app.domain import readback
from app.domain.errors import DomainError, SealedError
from app.domain.hearing import HearingState, SectionStatus
from app.domain.sealing import verify_seal
from app.domain.transcript import EntryKind, Speaker
from app.operations.cases import create_case, list_cases
from app.operations.hearing_session import HearingSession
from app.operations.hearings import load_for_editing, start_hearing
from tests.conftest import sample_applicant


def open_session(worker, hearing_id):
    case, hearing, _notes, key, key_id = worker.submit(
        lambda s: load_for_editing(s, hearing_id)
    ).result()
    return HearingSession(case, hearing, worker.submit, key, key_id)


@pytest.fixture
def session(worker):
    case = worker.submit(lambda s: create_case(s, "8123456-438", sample_applicant())).result()
    hearing = worker.submit(
        lambda s: start_hearing(
            s,
            case.id,
            "anhoerung-13",
            "Anna Beispiel",
            "Herr Dolmetsch",
            "Sorani",
            "Außenstelle Bonn",
        )
    ).result()
    return open_session(worker, hearing.id)


def reload(worker, session):
    return worker.submit(lambda s: s.hearings.get(session.hearing.id)).result()


def test_typed_answers_and_their_earlier_wording_are_stored(worker, session):
    entry, _ = session.add_entry(question="Wie heißen Sie?", question_ref="identity")
    session.type(entry.number, "Wie heißen Sie?", "Karwan")
    session.type(entry.number, "Wie heißen Sie?", "Karwan Beispiel")
    session.leave(entry.number)
    session.type(entry.number, "Wie heißen Sie?", "Karwan Ali Beispiel")  # edited later
    session.leave(entry.number).result()

    stored = reload(worker, session).entry(entry.number)
    assert stored.answer == "Karwan Ali Beispiel"
    assert [r.answer for r in stored.revisions] == ["Karwan Beispiel", "Karwan Ali Beispiel"]
    assert all(r.closed for r in stored.revisions)


def test_notes_are_kept_apart_from_the_transcript(worker, session):
    session.save_notes("Wirkt müde, Pause anbieten").result()
    _, _, notes, _, _ = worker.submit(lambda s: load_for_editing(s, session.hearing.id)).result()
    assert notes == "Wirkt müde, Pause anbieten"
    assert all("müde" not in e.answer for e in reload(worker, session).entries)


def run_to_seal(session):
    e1, _ = session.add_entry(
        question="Wann haben Sie Ihr Land verlassen?", question_ref="departure"
    )
    session.type(e1.number, e1.question, "Im August 2014.")
    e2, _ = session.add_entry(question="Mit wem?")
    session.type(e2.number, e2.question, "Mit meinem Bruder.")
    session.start_readback()
    session.correct(e1.number, "Im September 2014.")
    for section in readback.sections(session.hearing):
        session.confirm_section(section.start)
    for notice in ("s25_3", "interpreter_understood", "readback_done"):
        session.record_notice(notice)
    seal, future = session.seal()
    future.result()
    return seal


def test_whole_hearing_to_seal_survives_reload(worker, session):
    seal = run_to_seal(session)
    stored = reload(worker, session)
    assert stored.state == HearingState.SEALED
    assert stored.seals == [seal]
    assert verify_seal(session.case, stored, seal)
    assert stored.corrections[0].original == "Im August 2014."
    assert stored.entry(1).answer == "Im August 2014."  # the original stays as recorded
    assert stored.current_answer(1) == "Im September 2014."
    assert readback.sections(stored)[0].status == SectionStatus.CORRECTED
    assert worker.submit(lambda s: s.audit.verify()).result() == []


def test_sealed_transcript_refuses_changes_in_domain_and_database(worker, session):
    run_to_seal(session)
    with pytest.raises(SealedError):
        session.type(1, "x", "changed")
    entry_id = session.hearing.entry(1).id

    def sneak(store):
        store.conn.execute("UPDATE revisions SET answer='changed' WHERE entry_id=?", (entry_id,))

    with pytest.raises(Exception, match=r"closed revision|sealed"):
        worker.submit(sneak).result()

    entry, done = session.add_addendum("Nachtrag: Der Bruder heißt Dilshad.")
    done.result()
    stored = reload(worker, session)
    assert stored.entry(entry.number).kind == EntryKind.ADDENDUM
    assert verify_seal(session.case, stored, stored.seals[0])  # the addendum is outside seal 1


def test_seal_needs_readback_and_mandatory_notices(session):
    e, _ = session.add_entry(question="Frage?")
    session.type(e.number, "Frage?", "Antwort.")
    with pytest.raises(DomainError) as refused:
        session.seal()
    assert DomainError("readback_not_started") in refused.value.params["missing"]
    session.start_readback()
    with pytest.raises(DomainError) as refused:
        session.seal()
    assert DomainError("notice_missing", notice="s25_3") in refused.value.params["missing"]


def test_audit_chain_detects_a_rewritten_event(worker, session):
    run_to_seal(session)

    def tamper(store):
        store.conn.execute("DROP TRIGGER audit_no_update")
        store.conn.execute("UPDATE audit SET detail='{}' WHERE seq=3")
        return store.audit.verify()

    problems = worker.submit(tamper).result()
    assert any("event 3 was changed" in p for p in problems)


def test_audit_chain_detects_a_removed_event(worker, session):
    run_to_seal(session)

    def cut(store):
        store.conn.execute("DROP TRIGGER audit_no_delete")
        store.conn.execute("DELETE FROM audit WHERE seq=4")
        return store.audit.verify()

    assert any("event 4 is missing" in p for p in worker.submit(cut).result())


def test_breaks_and_speaker_are_recorded(worker, session):
    e, _ = session.add_entry(EntryKind.FREE, speaker=Speaker.INTERPRETER)
    session.type(e.number, "", "Der Sprachmittler bittet um Wiederholung.")
    session.start_break("Pause auf Wunsch des Antragstellers")
    session.end_break().result()
    stored = reload(worker, session)
    assert stored.entry(e.number).speaker == Speaker.INTERPRETER
    assert stored.breaks[0].ended_at is not None
    assert stored.breaks[0].reason.startswith("Pause")


def test_case_list_shows_hearing_state(worker, session):
    session.add_entry(question="Frage?")[1].result()
    rows = worker.submit(list_cases).result()
    assert rows[0].case.reference == "8123456-438"
    assert rows[0].hearing_state == "in_progress" and rows[0].entry_count == 1


def test_a_failed_write_keeps_the_text_and_is_retried(worker, session):
    entry, added = session.add_entry(question="Frage?")
    added.result()

    def refuse_writes(store):  # the disk refuses, as when it is full
        store.conn.execute(
            "CREATE TRIGGER full BEFORE UPDATE ON revisions BEGIN"
            " SELECT RAISE(ABORT, 'database or disk is full'); END"
        )

    worker.submit(refuse_writes).result()
    session.type(entry.number, "Frage?", "Antwort, die nicht verloren gehen darf")
    assert not session.writes.wait(5)  # stopped at the failed write
    failure = session.writes.failure
    assert failure is not None and "disk is full" in str(failure.error)
    assert session.pending == 1
    assert session.hearing.entry(entry.number).answer.startswith("Antwort")  # still in memory

    worker.submit(lambda s: s.conn.execute("DROP TRIGGER full")).result()
    assert session.retry()
    assert session.writes.wait(5)
    assert session.writes.failure is None and session.pending == 0
    assert reload(worker, session).entry(entry.number).answer == (
        "Antwort, die nicht verloren gehen darf"
    )
    assert not session.retry()  # nothing left to retry


def test_addendum_round_is_sealed_as_a_new_version(worker, session):
    first = run_to_seal(session)
    with pytest.raises(DomainError) as refused:
        session.seal_addenda()
    assert refused.value.code == "no_new_addendum"
    session.add_addendum("Nachtrag nach Rückgabe: Die Reise begann in Hawler.")
    second, done = session.seal_addenda()
    done.result()
    stored = reload(worker, session)
    assert [s.version for s in stored.seals] == [1, 2]
    assert second.covers_up_to > first.covers_up_to
    assert verify_seal(session.case, stored, stored.seals[0])  # version 1 still holds
    assert verify_seal(session.case, stored, stored.seals[1])
    assert stored.unsealed_addenda() == []
    assert worker.submit(lambda s: s.audit.verify()).result() == []


def test_an_unrelated_successful_write_does_not_hide_an_unsaved_entry(worker, session):
    entry, added = session.add_entry(question="Frage?")
    added.result()
    worker.submit(
        lambda s: s.conn.execute(
            "CREATE TRIGGER full BEFORE UPDATE ON revisions BEGIN"
            " SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    ).result()
    session.type(entry.number, "Frage?", "Antwort")
    notes = session.save_notes("Notiz")  # another table, queued behind the failed write
    assert not session.writes.wait(5)
    assert session.writes.failure is not None and not notes.done()
    assert session.pending == 2  # the answer is still not on disk, nor what came after it


def test_typed_fields_are_revisioned_like_text(worker, session):
    entry, _ = session.add_entry(question="Geburtsort?", question_ref="identity")
    session.type(entry.number, entry.question, "In Erbil.", {"place_of_birth": "Erbil"})
    session.leave(entry.number)
    session.type(entry.number, entry.question, "In Erbil.", {"place_of_birth": "Mosul"})
    session.leave(entry.number).result()
    stored = reload(worker, session).entry(entry.number)
    assert [r.fields for r in stored.revisions] == [
        {"place_of_birth": "Erbil"},
        {"place_of_birth": "Mosul"},
    ]
    assert stored.fields == {"place_of_birth": "Mosul"}


def test_database_refuses_every_way_around_a_seal(worker, session):
    run_to_seal(session)
    entry_id, hearing_id = session.hearing.entry(1).id, session.hearing.id

    def attempt(sql, *args):
        def job(store):
            store.conn.execute(sql, args)

        with pytest.raises(Exception, match=r"closed revision|sealed"):
            worker.submit(job).result()

    attempt("UPDATE revisions SET answer='x' WHERE entry_id=?", entry_id)  # change a revision
    attempt(
        "INSERT INTO revisions (entry_id, number, question, answer, saved_at, closed)"
        " VALUES (?, 9, 'q', 'new wording', 'now', 0)",
        entry_id,
    )  # add a revision
    attempt(
        "INSERT INTO entries (id, hearing_id, number, kind, speaker, created_at)"
        " VALUES ('sneaky', ?, 99, 'qa', 'applicant', 'now')",
        hearing_id,
    )  # add an entry


def test_the_store_refuses_changing_a_closed_revision_and_undoes_the_whole_write(worker, session):
    """Migration 0007 refuses with RAISE(FAIL) (cheaper on the autosave path): a refused change
    must still say why, and the transaction around it must leave the store as it was."""
    from dataclasses import replace

    import sqlcipher3

    first, _ = session.add_entry(question="Wann?")
    session.type(first.number, "Wann?", "Im Mai.")
    session.leave(first.number)
    second, _ = session.add_entry(question="Wo?")
    session.type(second.number, "Wo?", "In Bonn.").result()
    closed = session.hearing.entry(first.number).current
    open_revision = session.hearing.entry(second.number).current
    first_id, second_id = first.id, second.id

    def bypass_the_domain(store):
        with store.transaction():
            store.hearings.save_revision(second_id, replace(open_revision, answer="Köln"))
            store.hearings.save_revision(first_id, replace(closed, answer="Im Juni."))

    with pytest.raises(sqlcipher3.IntegrityError, match="a closed revision cannot change"):
        worker.submit(bypass_the_domain).result()
    assert not worker.submit(lambda s: s.conn.in_transaction).result()
    stored = reload(worker, session)
    assert stored.entry(first.number).answer == "Im Mai."
    assert stored.entry(second.number).answer == "In Bonn."


def test_a_put_off_write_starts_when_woken_or_when_someone_waits(worker, session):
    """The UI puts off waking the database thread until its event loop's next turn (so the
    write does not take the interpreter from the key being handled). Nothing is lost: the
    write starts when woken, and anyone waiting for the queue starts it at once."""
    hearing_id = session.hearing.id
    woken = []
    put_off = HearingSession(session.case, session.hearing, worker.submit, wake=woken.append)

    def stored_answer():
        _c, hearing, *_ = worker.submit(lambda s: load_for_editing(s, hearing_id)).result()
        return hearing.entries[-1].answer if hearing.entries else None

    entry, added = put_off.add_entry(question="Wie sind Sie gereist?")
    assert len(woken) == 1 and put_off.pending == 1
    assert stored_answer() is None  # not started: the database thread was not woken
    woken.pop()()
    added.result(timeout=5)
    assert stored_answer() == ""

    typed = put_off.type(entry.number, entry.question, "Mit dem Bus.")
    assert len(woken) == 1 and not typed.done()
    assert put_off.writes.wait(5)  # waiting starts the put-off drain itself
    assert typed.done() and stored_answer() == "Mit dem Bus."
    woken.pop()()  # the late wake-up finds nothing to start
    assert put_off.pending == 0
