"""An upload on PostgreSQL in three round trips on the driver's connection: what a SQLAlchemy
session sends in five (BEGIN, device, lookups, writes, COMMIT), and without SQLAlchemy's
per-statement work, which was most of the upload's database cost in the service
(docs/benchmarks.md, issue 11.6).

1. BEGIN; the device read and locked with the request's nonce recorded (one statement); every
   lookup of the upload (``PG_LOOKUPS``), all sent at once (psycopg's pipeline mode). The
   lookups are a statement of their own, so they read after the lock is held: in READ
   COMMITTED each statement takes its snapshot when it starts, and the server runs them in
   order. (In the lock's statement they would read the snapshot from before the wait, and
   miss what the device's previous upload committed meanwhile.)
2. the transcript, its anchor and its audit events (``PG_STORE``: written only when the
   transcript insert wins); for a newer seal version, its older versions and their returns
   are settled in the same transaction (``RESOLVE_RETURNS``);
3. COMMIT, once the upload is decided (``ServiceContext.uploads``).

The statements are the repository's Core statements, compiled once for psycopg. A refusal
after the first round trip raises, and the caller returns the connection to the pool, which
rolls the transaction back (the nonce with it).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.dialects.postgresql import psycopg as psycopg_dialect

from app.central.repository.devices import (
    FORGET_NONCES,
    PG_DEVICE_AND_NONCE_LOCKED,
    RequestDevice,
    device_and_fresh_nonce,
)
from app.central.repository.transcripts import RESOLVE_RETURNS
from app.central.repository.uploads import (
    PG_LOOKUPS,
    PG_STORE,
    PG_STORE_ARRAYS,
    STORED_COPY,
    StateQuery,
    StoredCopy,
    UploadState,
    pg_store_parameters,
    state_of,
)

_DIALECT = psycopg_dialect.dialect()


def _sql(statement, binary: tuple[str, ...] = ()) -> str:
    """The statement's text for psycopg (``%(name)s`` parameters, casts rendered). Parameters
    named in ``binary`` are sent in binary form: psycopg's text form of an array escapes each
    quote of each element in Python (≈ 130 µs for the audit events' JSON of one upload)."""
    compiled = statement.compile(dialect=_DIALECT)
    assert all(v is None for v in compiled.params.values()), "no values hidden in a statement"
    text = compiled.string
    for name in binary:
        assert f"%({name})s" in text, name
        text = text.replace(f"%({name})s", f"%({name})b")
    return text


_DEVICE_AND_NONCE = _sql(PG_DEVICE_AND_NONCE_LOCKED)
_LOOKUPS = _sql(PG_LOOKUPS)
_FORGET_NONCES = _sql(FORGET_NONCES)
_STORE = _sql(PG_STORE, binary=PG_STORE_ARRAYS)
_RESOLVE_RETURNS = [_sql(statement) for statement in RESOLVE_RETURNS]
_STORED_COPY = _sql(STORED_COPY)


class PipelinedUploads:
    """What ``app.central.uploads`` asks of the database, on one psycopg connection that is
    not in autocommit mode; ``commit`` ends the upload's transaction."""

    def __init__(self, connection) -> None:
        self.connection = connection

    def open(
        self,
        device_id: str,
        nonce: str,
        now: datetime,
        query: StateQuery | None,
        stale_nonces_before: datetime | None,
    ) -> tuple[RequestDevice | None, bool, UploadState]:
        conn = self.connection
        with conn.pipeline():
            device = conn.execute(
                _DEVICE_AND_NONCE, {"device_id": device_id, "nonce": nonce, "now": now}
            )
            lookups = (
                conn.execute(_LOOKUPS, query.parameters(device_id)) if query is not None else None
            )
            if stale_nonces_before is not None:
                conn.execute(_FORGET_NONCES, {"cutoff": stale_nonces_before})
        found, fresh = device_and_fresh_nonce(device.fetchone())
        if found is None or lookups is None:
            return found, fresh, UploadState()
        return found, fresh, state_of(lookups.fetchall())

    def store(
        self,
        transcript: dict[str, Any],
        anchor: dict[str, Any] | None,
        events: list[dict[str, Any]],
    ) -> bool:
        conn = self.connection
        stored = conn.execute(_STORE, pg_store_parameters(transcript, anchor, events))
        inserted = stored.fetchone() is not None
        if inserted and transcript["seal_version"] > 1:
            parameters = {
                "hearing_id": transcript["hearing_id"],
                "version": transcript["seal_version"],
                "now": transcript["received_at"],
            }
            for statement in _RESOLVE_RETURNS:
                conn.execute(statement, parameters)
        return inserted

    def commit(self) -> None:
        """Its own round trip, not sent along with the insert: a process killed before it
        commits leaves nothing stored (tests/central/test_faults.py), whatever the database
        does after the kill."""
        self.connection.commit()

    def lookups(self, device_id: str, query: StateQuery) -> UploadState:
        """The lookups alone (a large bundle, parsed once its signature is verified)."""
        return state_of(self.connection.execute(_LOOKUPS, query.parameters(device_id)).fetchall())

    def stored_copy(self, hearing_id: str, version: int) -> StoredCopy | None:
        row = self.connection.execute(
            _STORED_COPY, {"hearing_id": hearing_id, "version": version}
        ).fetchone()
        return StoredCopy(*row) if row is not None else None
