"""Nothing reported saved that is not: every kind of write kept, in order, until stored.

For each kind of write the store is made to refuse it (a trigger, as a full disk or a bug
would); the change stays in memory, the queue names what failed, what comes after waits
behind it, and after the fault is gone a retry brings the store to exactly what the domain
holds.
"""

from __future__ import annotations

import pytest

from app.domain import readback
from app.operations.write_queue import WriteKind
from tests.store.test_hearing_session import reload, session  # noqa: F401


def fault(table: str, event: str):
    name = f"fault_{table}_{event.lower()}"
    sql = (
        f"CREATE TRIGGER {name} BEFORE {event} ON {table} BEGIN"
        " SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    return name, sql


def questioned(s):
    e1, _ = s.add_entry(question="Wann sind Sie ausgereist?", question_ref="departure")
    s.type(e1.number, e1.question, "Im August 2014.")
    e2, _ = s.add_entry(question="Mit wem?")
    s.type(e2.number, e2.question, "Mit meinem Bruder.")
    s.record_notice("s25_3")
    s.leave(e2.number)


def read_back(s):
    questioned(s)
    s.start_readback()


def ready(s):
    read_back(s)
    for section in readback.sections(s.hearing):
        s.confirm_section(section.start)
    s.record_notice("interpreter_understood")
    s.record_notice("readback_done")


def sealed(s):
    ready(s)
    s.seal()


# kind -> (prepare, the write that fails, table, event)
CASES = {
    WriteKind.ENTRY: (questioned, lambda s: s.add_entry(question="Noch?"), "entries", "INSERT"),
    # The open revision exists: typing updates it (HearingStore.save_revision).
    WriteKind.TEXT: (questioned, lambda s: s.type(1, "Wann?", "Im Mai."), "revisions", "UPDATE"),
    WriteKind.SPEAKER: (questioned, lambda s: s.set_speaker(2, "interpreter"), "entries", "UPDATE"),
    WriteKind.HEADER: (
        questioned,
        lambda s: s.update_participants("Frau Dolmetsch", "Sorani", "Bonn", ["Anwältin"]),
        "hearings",
        "UPDATE",
    ),
    WriteKind.NOTICE: (
        questioned,
        lambda s: s.record_notice("nothing_to_add"),
        "entries",
        "INSERT",
    ),
    WriteKind.BREAK: (questioned, lambda s: s.start_break("Pause"), "breaks", "INSERT"),
    WriteKind.READBACK: (read_back, lambda s: s.confirm_section(1), "hearings", "UPDATE"),
    WriteKind.CORRECTION: (read_back, lambda s: s.correct(1, "Im Mai."), "corrections", "INSERT"),
    WriteKind.SEAL: (ready, lambda s: s.seal(), "seals", "INSERT"),
    WriteKind.ADDENDUM: (sealed, lambda s: s.add_addendum("Nachtrag."), "entries", "INSERT"),
    WriteKind.NOTES: (questioned, lambda s: s.save_notes("Pause anbieten"), "notes", "INSERT"),
    WriteKind.ASSISTANT: (
        questioned,
        lambda s: s.save_assistant_state({"dismissed": {}}),
        "assistant_state",
        "INSERT",
    ),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_a_failed_write_of_each_kind_is_kept_named_and_stored_after_retry(
    worker,
    session,  # noqa: F811
    kind,
):
    prepare, write, table, event = CASES[kind]
    prepare(session)
    assert session.writes.wait(5)
    on_disk_before = reload(worker, session)
    name, sql = fault(table, event)
    worker.submit(lambda s: s.conn.execute(sql)).result()

    write(session)
    assert not session.writes.wait(5)
    failure = session.writes.failure
    assert failure is not None and failure.kind == kind
    assert "disk is full" in str(failure.error)
    behind = session.save_notes("geschrieben nach dem Fehler") if kind != WriteKind.NOTES else None
    assert session.pending >= 1
    assert reload(worker, session) == on_disk_before  # nothing of it landed, nothing after it
    if kind == WriteKind.SEAL:  # the seal is not on disk: sealing again is not offered
        assert session.hearing.sealed

    worker.submit(lambda s: s.conn.execute(f"DROP TRIGGER {name}")).result()
    assert session.retry()
    assert session.writes.wait(5)
    assert session.writes.failure is None and session.pending == 0
    assert reload(worker, session) == session.hearing  # the store holds what the domain holds
    if behind is not None:
        assert behind.done()
    assert worker.submit(lambda s: s.audit.verify()).result() == []


def test_sealing_is_refused_while_a_write_has_failed(worker, session):  # noqa: F811
    ready(session)
    assert session.writes.wait(5)
    _name, sql = fault("notes", "INSERT")
    worker.submit(lambda s: s.conn.execute(sql)).result()
    session.save_notes("Notiz")
    assert not session.writes.wait(5)
    from app.domain.errors import DomainError

    with pytest.raises(DomainError) as refused:
        session.seal()
    assert refused.value.code == "unsaved_changes" and not session.hearing.sealed


def test_newer_text_of_the_same_revision_supersedes_the_queued_one(worker, session):  # noqa: F811
    questioned(session)
    assert session.writes.wait(5)
    name, sql = fault("revisions", "UPDATE")
    worker.submit(lambda s: s.conn.execute(sql)).result()
    session.type(1, "Wann?", "Im")  # reopens entry 1: a new revision (insert) goes through
    session.type(1, "Wann?", "Im Mai")  # update of it: refused, kept
    for text in ("Im Mai 2", "Im Mai 20", "Im Mai 2014."):
        session.type(1, "Wann?", text)
    assert not session.writes.wait(5)
    assert session.pending == 1  # one write of that revision waits, with the newest text
    worker.submit(lambda s: s.conn.execute(f"DROP TRIGGER {name}")).result()
    session.retry()
    assert session.writes.wait(5)
    assert reload(worker, session).entry(1).answer == "Im Mai 2014."
