"""Everything a seal covers is frozen in the database itself, derived from one list.

The operations ask the domain first; these tests go around it, straight to SQL, as a bug or
someone with the key would: each column of app/store/sealed_record.py is changed on a sealed
hearing and must be refused; no sealed table takes a new row (but an addendum).
"""

from __future__ import annotations

import json

import pytest

from app.domain.errors import SealedError
from app.domain.sealing import verify_seal
from app.domain.transcript import Speaker
from app.store.sealed_record import NO_NEW_ROWS, NOT_SEALED, SEALED_COLUMNS
from tests.store.test_hearing_session import reload, run_to_seal, session  # noqa: F401


def columns(worker, table):
    return worker.submit(
        lambda s: [r[1] for r in s.conn.execute(f"PRAGMA table_info({table})")]
    ).result()


def test_every_column_of_a_sealed_table_is_either_sealed_or_exempt_with_a_reason(worker):
    for table, sealed in SEALED_COLUMNS.items():
        exempt = NOT_SEALED.get(table, {})
        assert set(columns(worker, table)) == set(sealed) | set(exempt), table
        assert all(reason.strip() for reason in exempt.values())


def different(value):
    if isinstance(value, int):
        return value + 1000
    if value is None:
        return "2030-01-01T00:00:00+00:00"
    return value + "x" if not value.startswith(("{", "[")) else json.dumps({"x": 1})


def test_each_sealed_column_refuses_a_change_in_sql(worker, session):  # noqa: F811
    run_to_seal(session)
    hearing_id, case_id = session.hearing.id, session.case.id
    keys = {
        "cases": ("id", case_id),
        "hearings": ("id", hearing_id),
        "entries": ("hearing_id", hearing_id),
        "revisions": ("entry_id", session.hearing.entry(1).id),
        "corrections": ("hearing_id", hearing_id),
        "seals": ("hearing_id", hearing_id),
    }
    unprotected = []
    for table, (key, value) in keys.items():
        for column in SEALED_COLUMNS[table]:

            def attempt(store, table=table, column=column, key=key, value=value):
                row = store.conn.execute(
                    f"SELECT {column} FROM {table} WHERE {key}=? LIMIT 1", (value,)
                ).fetchone()
                assert row is not None, (table, column)
                store.conn.execute("SAVEPOINT try")
                try:
                    store.conn.execute(
                        f"UPDATE {table} SET {column}=? WHERE {key}=?", (different(row[0]), value)
                    )
                except Exception as exc:
                    store.conn.execute("ROLLBACK TO try")
                    store.conn.execute("RELEASE try")
                    return str(exc)
                store.conn.execute("ROLLBACK TO try")  # undo it either way
                store.conn.execute("RELEASE try")
                return None

            refusal = worker.submit(attempt).result()
            if refusal is None:
                unprotected.append(f"{table}.{column}")
            else:
                assert "sealed" in refusal or "cannot change" in refusal, refusal
    assert unprotected == []
    stored = reload(worker, session)
    assert verify_seal(session.case, stored, stored.seals[0])


def test_a_sealed_hearing_takes_no_new_rows_but_an_addendum(worker, session):  # noqa: F811
    run_to_seal(session)
    h = session.hearing
    entry_id = h.entry(1).id
    inserts = {
        "entries": (
            "INSERT INTO entries (id, hearing_id, number, kind, speaker, created_at)"
            " VALUES ('new', ?, 99, 'qa', 'applicant', '2026-01-01')",
            (h.id,),
        ),
        "revisions": (
            "INSERT INTO revisions (entry_id, number, question, answer, saved_at)"
            " VALUES (?, 9, 'q', 'a', '2026-01-01')",
            (entry_id,),
        ),
        "corrections": (
            "INSERT INTO corrections (id, hearing_id, entry_id, entry_number, original, corrected,"
            " at) VALUES ('c9', ?, ?, 1, 'a', 'b', '2026-01-01')",
            (h.id, entry_id),
        ),
        "breaks": (
            "INSERT INTO breaks (hearing_id, seq, started_at) VALUES (?, 9, '2026-01-01')",
            (h.id,),
        ),
    }
    assert set(inserts) == set(NO_NEW_ROWS)
    for sql, params in inserts.values():
        with pytest.raises(Exception, match="sealed"):
            worker.submit(lambda s, sql=sql, params=params: s.conn.execute(sql, params)).result()
    entry, done = session.add_addendum("Nachtrag: Der Bruder heißt Dilshad.")
    done.result()
    assert reload(worker, session).entry(entry.number).answer.startswith("Nachtrag")


def test_speaker_header_and_correction_after_sealing_are_refused_and_the_seal_holds(
    worker,
    session,  # noqa: F811
):
    run_to_seal(session)
    for attempt in (
        lambda: session.set_speaker(2, Speaker.INTERPRETER),
        lambda: session.update_participants("Jemand", "Arabisch", "Berlin", ["Anwältin"]),
        lambda: session.correct(1, "Ganz anders."),
    ):
        with pytest.raises(SealedError):
            attempt()
    assert session.writes.wait(5)
    stored = reload(worker, session)
    assert stored.entry(2).speaker == Speaker.APPLICANT
    assert stored.interpreter == "Herr Dolmetsch" and len(stored.corrections) == 1
    assert verify_seal(session.case, stored, stored.seals[0])
