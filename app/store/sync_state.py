"""Sync state in the profile database: device, sealed versions, receipts, what came down.

Plain functions over an open ``Store``; they run on the database thread only (the
``StoreSyncSource`` sends them there). Each change and its audit event commit together.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.canonical import to_plain
from app.domain.clock import utcnow
from app.domain.sealing import niederschrift_content
from app.store.store import Store
from app.sync.bundle import SealedTranscript
from app.sync.messages import (
    AuditHead,
    EnrolResponse,
    Receipt,
)

# Audit actions of the sync (stable strings: part of the hashed record; ids and hashes only).
SYNCED = "transcript.synced"
SET_ASIDE = "transcript.set_aside"
PUT_BACK = "transcript.put_back"
DEVICE_ENROLLED = "device.enrolled"

# Every seal version without a receipt, oldest first, with its sync row if there is one.
_UNSENT = """
SELECT s.hearing_id, s.version, COALESCE(v.attempts, 0), COALESCE(v.last_error, ''),
       COALESCE(v.set_aside, 0), c.reference, COALESCE(v.last_error_code, '')
FROM seals s
JOIN hearings h ON h.id = s.hearing_id
JOIN cases c ON c.id = h.case_id
LEFT JOIN sync_versions v ON v.hearing_id = s.hearing_id AND v.seal_version = s.version
WHERE v.receipt IS NULL
ORDER BY s.sealed_at, s.hearing_id, s.version
"""


@dataclass(frozen=True)
class VersionState:
    """One sealed version not yet received by the service, for the status view."""

    hearing_id: str
    seal_version: int
    case_reference: str
    attempts: int
    last_error: str  # in English (logs, `asa sync status`)
    set_aside: bool
    last_error_code: str = ""  # stable (app.sync.errors, the service's codes)


@dataclass(frozen=True)
class SyncedVersion:
    """One sealed version the service received: what was sent and the service's receipt."""

    hearing_id: str
    seal_version: int
    case_reference: str
    content_hash: str  # of the sealed content that was sent (the seal's hash)
    received_at: str  # the service's time (ISO, UTC)
    receipt_id: str
    purged: bool  # the transcript's content was deleted here after retention


# The newest receipts first; a receipt is JSON signed by the service (app.sync.messages).
_RECEIVED = """
SELECT v.hearing_id, v.seal_version, c.reference, v.receipt, v.purged_at IS NOT NULL
FROM sync_versions v
JOIN hearings h ON h.id = v.hearing_id
JOIN cases c ON c.id = h.case_id
WHERE v.receipt IS NOT NULL
ORDER BY v.received_at DESC, v.hearing_id, v.seal_version DESC
LIMIT ?
"""
RECEIPTS_SHOWN = 200  # the status view lists the newest; the audit trail keeps every one


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    unsent: list[VersionState]
    synced: int
    purged: int
    received: tuple[SyncedVersion, ...] = ()  # the newest RECEIPTS_SHOWN, newest first

    @property
    def to_send(self) -> list[VersionState]:
        return [v for v in self.unsent if not v.set_aside]

    @property
    def set_aside(self) -> list[VersionState]:
        return [v for v in self.unsent if v.set_aside]

    @property
    def failing(self) -> list[VersionState]:
        """Still to be sent, but the last attempt failed (with its reason)."""
        return [v for v in self.to_send if v.attempts and v.last_error]


# --- device ------------------------------------------------------------------------------


def device_id(store: Store) -> str | None:
    row = store.conn.execute("SELECT device_id FROM sync_device WHERE id = 1").fetchone()
    return row[0] if row else None


def save_device(store: Store, device: str, enrolment: EnrolResponse) -> None:
    with store.transaction():
        store.conn.execute(
            "INSERT INTO sync_device (id, device_id, user, display_name, office, role,"
            " service_key_id, enrolled_at) VALUES (1,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE"
            " SET device_id=excluded.device_id, user=excluded.user,"
            " display_name=excluded.display_name, office=excluded.office, role=excluded.role,"
            " service_key_id=excluded.service_key_id, enrolled_at=excluded.enrolled_at",
            (
                device,
                enrolment.user,
                enrolment.display_name,
                enrolment.office,
                enrolment.role,
                enrolment.service_key_id,
                to_plain(utcnow()),
            ),
        )
        store.audit.append(DEVICE_ENROLLED, None, device_id=device)


def enrolment(store: Store) -> EnrolResponse | None:
    row = store.conn.execute(
        "SELECT device_id, user, display_name, office, role, service_key_id FROM sync_device"
    ).fetchone()
    if row is None:
        return None
    keys = ("device_id", "user", "display_name", "office", "role", "service_key_id")
    return EnrolResponse(**dict(zip(keys, row, strict=True)))


def anchored_head(store: Store) -> AuditHead | None:
    row = store.conn.execute("SELECT anchored_seq, anchored_hash FROM sync_device").fetchone()
    if row is None or row[0] is None:
        return None
    return AuditHead(seq=row[0], hash=row[1])


# --- uploads -----------------------------------------------------------------------------


def unsent(store: Store) -> list[VersionState]:
    return [
        VersionState(r[0], r[1], r[5], r[2], r[3], bool(r[4]), r[6])
        for r in store.conn.execute(_UNSENT)
    ]


def sealed_transcript(store: Store, state: VersionState) -> SealedTranscript:
    """The version as it was sealed: the Niederschrift content up to what the seal covers."""
    hearing = store.hearings.get(state.hearing_id)
    case = store.cases.get(hearing.case_id)
    from app.assistant.record import record_of_seal  # the engine loads only when sending

    seal = next(s for s in hearing.seals if s.version == state.seal_version)
    record = record_of_seal(
        store.hearings.assistant_state(hearing.id),
        seal.version,
        seal.open_items_reason,
        hearing.pack_versions,
    )
    return SealedTranscript(
        hearing.id,
        case.id,
        seal,
        niederschrift_content(case, hearing, seal.covers_up_to),
        store.audit.events(hearing.id),
        state.attempts,
        record,
    )


def mark_synced(store: Store, hearing_id: str, version: int, receipt: Receipt) -> None:
    p = receipt.payload
    with store.transaction():
        store.conn.execute(
            "INSERT INTO sync_versions (hearing_id, seal_version, receipt, received_at,"
            " last_error, set_aside) VALUES (?,?,?,?, '', 0) ON CONFLICT DO UPDATE SET"
            " receipt=excluded.receipt, received_at=excluded.received_at, last_error='',"
            " last_error_code='',"
            " set_aside=0 WHERE sync_versions.receipt IS NULL",  # the first receipt stays
            (hearing_id, version, receipt.model_dump_json(), p.received_at),
        )
        head = anchored_head(store)
        if head is None or p.audit_head.seq > head.seq:
            store.conn.execute(
                "UPDATE sync_device SET anchored_seq=?, anchored_hash=? WHERE id=1",
                (p.audit_head.seq, p.audit_head.hash),
            )
        store.audit.append(SYNCED, hearing_id, version=version, receipt_id=p.receipt_id)


def record_failure(
    store: Store, hearing_id: str, version: int, reason: str, permanent: bool, code: str = ""
) -> None:
    with store.transaction():
        store.conn.execute(
            "INSERT INTO sync_versions (hearing_id, seal_version, attempts, last_error,"
            " set_aside, last_error_code) VALUES (?,?,1,?,?,?) ON CONFLICT DO UPDATE SET"
            " attempts=attempts+1, last_error=excluded.last_error,"
            " last_error_code=excluded.last_error_code,"
            " set_aside=MAX(set_aside, excluded.set_aside)",
            (hearing_id, version, reason, int(permanent), code),
        )
        if permanent:  # the reason can name content; the trail keeps only that it happened
            store.audit.append(SET_ASIDE, hearing_id, version=version)


def put_back(store: Store, hearing_id: str, version: int) -> None:
    """A set-aside version goes back in the queue (the user or IT dealt with the cause)."""
    with store.transaction():
        store.conn.execute(
            "UPDATE sync_versions SET set_aside=0, attempts=0 WHERE hearing_id=? AND"
            " seal_version=? AND receipt IS NULL",
            (hearing_id, version),
        )
        store.audit.append(PUT_BACK, hearing_id, version=version)


def status(store: Store) -> SyncStatus:
    synced, purged = store.conn.execute(
        "SELECT count(receipt), count(purged_at) FROM sync_versions"
    ).fetchone()
    return SyncStatus(
        device_id(store) is not None, unsent(store), synced, purged, tuple(received(store))
    )


def received(store: Store, limit: int = RECEIPTS_SHOWN) -> list[SyncedVersion]:
    """The sealed versions the service received, newest first, each with its receipt."""
    versions = []
    for hearing_id, version, reference, receipt_json, purged in store.conn.execute(
        _RECEIVED, (limit,)
    ):
        p = Receipt.model_validate_json(receipt_json).payload
        versions.append(
            SyncedVersion(
                hearing_id, version, reference, p.content_hash, p.received_at, p.receipt_id,
                bool(purged),
            )
        )  # fmt: skip
    return versions
