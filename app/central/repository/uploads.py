"""What one upload reads and writes, in as few round trips as exactly-once allows.

Core statements built once at import (SQLAlchemy caches their compiled form), run on the
session's connection: the upload reads everything it decides on in one query, then writes
the transcript, and only when that insert won, the anchor and the audit events. ORM entities
cost about 0.5 ms each to load or flush here (docs/benchmarks.md, issue 11.6).

``SessionUploads`` runs them in a SQLAlchemy session (SQLite, and any database);
``repository.upload_pipeline.PipelinedUploads`` runs the same decisions' statements on
PostgreSQL in three round trips. Both offer what ``app.central.uploads`` asks of a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    any_,
    bindparam,
    cast,
    literal_column,
    null,
    select,
    text,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.central.models import AuditAnchor, DeviceAuditEvent, Transcript
from app.central.repository.devices import RequestDevice, device_and_nonce, forget_nonces_before
from app.central.repository.transcripts import resolve_returns

_T = Transcript.__table__
_A = AuditAnchor.__table__
_E = DeviceAuditEvent.__table__


def _row(kind: int, device_id, content_hash, receipt_json, seq):
    return select(
        literal_column(str(kind), Integer).label("kind"),
        cast(device_id, String).label("device_id"),
        cast(content_hash, String).label("hash"),
        cast(receipt_json, String).label("receipt_json"),
        cast(seq, Integer).label("seq"),
    )


_latest = (
    select(_A.c.seq, _A.c.hash)
    .where(_A.c.device_id == bindparam("device_id"))
    .order_by(_A.c.seq.desc())
    .limit(literal_column("1"))  # not a parameter: the statement carries no hidden values
    .subquery()
)


def _lookups(seq_among):
    """kind 1: the stored copy of this (hearing, version); 2: the latest anchor; 3: the anchor
    the bundle builds on; 4: stored hashes of the audit events the bundle carries."""
    return union_all(
        _row(1, _T.c.device_id, _T.c.content_hash, _T.c.receipt_json, _T.c.seal_version).where(
            _T.c.hearing_id == bindparam("hearing_id"), _T.c.seal_version == bindparam("version")
        ),
        _row(2, null(), _latest.c.hash, null(), _latest.c.seq).select_from(_latest),
        _row(3, null(), _A.c.hash, null(), _A.c.seq).where(
            _A.c.device_id == bindparam("device_id"), _A.c.seq == bindparam("base_seq")
        ),
        _row(4, null(), _E.c.hash, null(), _E.c.seq).where(
            _E.c.device_id == bindparam("device_id"), seq_among(_E.c.seq)
        ),
    )


_LOOKUPS = _lookups(lambda seq: seq.in_(bindparam("seqs", expanding=True)))
# PostgreSQL: one array parameter instead of an expanded IN list, so that the statement's text
# (and its prepared plan) is the same for every upload.
PG_LOOKUPS = _lookups(lambda seq: seq == any_(cast(bindparam("seqs"), postgresql.ARRAY(Integer))))


@dataclass(frozen=True, slots=True)
class StateQuery:
    """What to look up for one bundle (``UploadState``)."""

    hearing_id: str
    version: int
    base_seq: int  # -1: the bundle sends the device's audit trail from its start
    seqs: list[int]  # the audit events it carries, and its head

    def parameters(self, device_id: str) -> dict[str, Any]:
        return {
            "device_id": device_id,
            "hearing_id": self.hearing_id,
            "version": self.version,
            "base_seq": self.base_seq,
            "seqs": self.seqs or [-1],  # an empty IN list differs by dialect; -1 is never a seq
        }


@dataclass(frozen=True, slots=True)
class StoredCopy:
    device_id: str
    content_hash: str
    receipt_json: str
    seal_version: int


@dataclass(slots=True)
class UploadState:
    """What the service holds that an upload is decided on."""

    existing: StoredCopy | None = None
    latest_anchor: tuple[int, str] | None = None  # (seq, hash)
    base_anchor_hash: str | None = None  # the anchor at the bundle's audit base, if any
    stored_hashes: dict[int, str] = field(default_factory=dict)


def upload_state(session: Session, device_id: str, query: StateQuery) -> UploadState:
    """One round trip for every lookup of an upload (the device row is locked already)."""
    return state_of(session.connection().execute(_LOOKUPS, query.parameters(device_id)))


def state_of(rows) -> UploadState:
    """The lookups' rows (kind, device_id, hash, receipt_json, seq) as an ``UploadState``."""
    state = UploadState()
    for kind, dev, digest, receipt, seq in rows:
        if kind == 1:
            state.existing = StoredCopy(dev, digest, receipt, seq)
        elif kind == 2:
            state.latest_anchor = (seq, digest)
        elif kind == 3:
            state.base_anchor_hash = digest
        else:
            state.stored_hashes[seq] = digest
    return state


STORED_COPY = select(_T.c.device_id, _T.c.content_hash, _T.c.receipt_json, _T.c.seal_version).where(
    _T.c.hearing_id == bindparam("hearing_id"), _T.c.seal_version == bindparam("version")
)


def find_stored_copy(session: Session, hearing_id: str, version: int) -> StoredCopy | None:
    row = (
        session.connection()
        .execute(STORED_COPY, {"hearing_id": hearing_id, "version": version})
        .first()
    )
    return StoredCopy(*row) if row is not None else None


class _Statements:
    """The upload's inserts, per dialect, built once."""

    def __init__(self, module) -> None:
        self.transcript = module.insert(_T).on_conflict_do_nothing().returning(_T.c.id)
        self.anchor = module.insert(_A).on_conflict_do_nothing()
        self.events = module.insert(_E).on_conflict_do_nothing()


_BY_DIALECT = {"sqlite": _Statements(sqlite)}  # PostgreSQL: _PG_STORE


# PostgreSQL: the transcript, its anchor and its audit events in one statement (one round
# trip). The anchor and the events select from the transcript's RETURNING, so they are written
# only when this statement stored the transcript, exactly as the separate statements below.
# Every column but the generated id, from the model: a column added there (the inbox's facts)
# cannot be forgotten here.
_TRANSCRIPT_COLUMNS = [c.name for c in Transcript.__table__.columns if c.name != "id"]
PG_STORE = text(
    f"""
WITH t AS (
    INSERT INTO transcripts ({", ".join(_TRANSCRIPT_COLUMNS)})
    VALUES ({", ".join(":" + name for name in _TRANSCRIPT_COLUMNS)})
    ON CONFLICT DO NOTHING
    RETURNING id
), a AS (
    INSERT INTO audit_anchors (device_id, seq, hash, anchored_at)
    SELECT device_id, seq, hash, anchored_at
    FROM t, unnest(CAST(:a_device AS varchar[]), CAST(:a_seq AS integer[]),
                   CAST(:a_hash AS varchar[]), CAST(:a_at AS timestamptz[]))
         AS x(device_id, seq, hash, anchored_at)
    ON CONFLICT DO NOTHING
), e AS (
    INSERT INTO device_audit_events (device_id, seq, hash, hearing_id, event_json)
    SELECT :device_id, seq, hash, hearing_id, event_json
    FROM t, unnest(CAST(:e_seq AS integer[]), CAST(:e_hash AS varchar[]),
                   CAST(:e_hearing AS varchar[]), CAST(:e_json AS text[]))
         AS x(seq, hash, hearing_id, event_json)
    ON CONFLICT DO NOTHING
)
SELECT id FROM t
"""
)


def store_upload(
    session: Session,
    transcript: dict[str, Any],
    anchor: dict[str, Any] | None,
    events: list[dict[str, Any]],
) -> bool:
    """True when this call stored the transcript (with its anchor and audit events); False
    when a copy was there already, from an earlier attempt or a concurrent request on another
    process. The database's unique constraint decides who wins such a race."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return (
            connection.execute(PG_STORE, pg_store_parameters(transcript, anchor, events)).first()
            is not None
        )
    statements = _BY_DIALECT[connection.dialect.name]
    if connection.execute(statements.transcript, transcript).first() is None:
        return False
    if anchor is not None:
        connection.execute(statements.anchor, anchor)
    if events:
        connection.execute(statements.events, events)
    return True


PG_STORE_ARRAYS = ("a_device", "a_seq", "a_hash", "a_at", "e_seq", "e_hash", "e_hearing", "e_json")


def pg_store_parameters(
    transcript: dict[str, Any], anchor: dict[str, Any] | None, events: list[dict[str, Any]]
) -> dict[str, Any]:
    """``PG_STORE``'s parameters: the anchor and the events as one array per column."""
    anchors = [anchor] if anchor is not None else []
    return {
        **transcript,
        "a_device": [a["device_id"] for a in anchors],
        "a_seq": [a["seq"] for a in anchors],
        "a_hash": [a["hash"] for a in anchors],
        "a_at": [a["anchored_at"] for a in anchors],
        "e_seq": [e["seq"] for e in events],
        "e_hash": [e["hash"] for e in events],
        "e_hearing": [e["hearing_id"] for e in events],
        "e_json": [e["event_json"] for e in events],
    }


def anchor_row(device_id: str, seq: int, digest: str, now: datetime) -> dict[str, Any]:
    return {"device_id": device_id, "seq": seq, "hash": digest, "anchored_at": now}


class SessionUploads:
    """An upload's reads and writes in a SQLAlchemy session (one statement per step); the
    session's transaction is committed by whoever opened it."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def open(
        self,
        device_id: str,
        nonce: str,
        now: datetime,
        query: StateQuery | None,
        stale_nonces_before: datetime | None,
    ) -> tuple[RequestDevice | None, bool, UploadState]:
        """The device (locked), whether the nonce is new, and what the service holds that the
        bundle is decided on (empty without a query)."""
        device, fresh = device_and_nonce(self.session, device_id, nonce, now, lock=True)
        if stale_nonces_before is not None:
            forget_nonces_before(self.session, stale_nonces_before)
        if device is None or query is None:
            return device, fresh, UploadState()
        return device, fresh, upload_state(self.session, device_id, query)

    def store(
        self,
        transcript: dict[str, Any],
        anchor: dict[str, Any] | None,
        events: list[dict[str, Any]],
    ) -> bool:
        inserted = store_upload(self.session, transcript, anchor, events)
        if inserted and transcript["seal_version"] > 1:
            resolve_returns(
                self.session,
                transcript["hearing_id"],
                transcript["seal_version"],
                transcript["received_at"],
            )
        return inserted

    def lookups(self, device_id: str, query: StateQuery) -> UploadState:
        return upload_state(self.session, device_id, query)

    def stored_copy(self, hearing_id: str, version: int) -> StoredCopy | None:
        return find_stored_copy(self.session, hearing_id, version)
