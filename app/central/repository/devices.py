"""Devices, request nonces and the anchored heads of the devices' audit chains."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, delete, exists, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.central.models import AuditAnchor, Device, DeviceAuditEvent, RequestNonce, User


def get_device(session: Session, device_id: str, lock: bool = False) -> Device | None:
    """The device, with its user (``device.user``) loaded in the same query."""
    query = select(Device).where(Device.id == device_id)
    if lock:  # serialises uploads of one device across service processes (PostgreSQL)
        query = query.with_for_update(of=Device)
    return session.scalar(query)


@dataclass(frozen=True, slots=True)
class RequestDevice:
    """The signing device as a request needs it: its row and its user's office, read with
    Core in one query (an ORM entity with its joined user cost ~1 ms per request)."""

    id: str
    user_id: str
    public_key: str
    key_id: str
    name: str
    revoked_at: datetime | None
    revoked_reason: str
    office_id: str


_D = Device.__table__
_U = User.__table__
_REQUEST_DEVICE = (
    select(
        _D.c.id,
        _D.c.user_id,
        _D.c.public_key,
        _D.c.key_id,
        _D.c.name,
        _D.c.revoked_at,
        _D.c.revoked_reason,
        _U.c.office_id,
    )
    .join(_U, _U.c.id == _D.c.user_id)
    .where(_D.c.id == bindparam("device_id"))
)
# FOR UPDATE OF devices serialises uploads of one device across service processes
# (PostgreSQL; SQLite takes its write lock at BEGIN IMMEDIATE).
_REQUEST_DEVICE_LOCKED = _REQUEST_DEVICE.with_for_update(of=_D)


def device_for_request(
    session: Session, device_id: str, lock: bool = False
) -> RequestDevice | None:
    statement = _REQUEST_DEVICE_LOCKED if lock else _REQUEST_DEVICE
    row = session.connection().execute(statement, {"device_id": device_id}).first()
    return RequestDevice(*row) if row is not None else None


_N = RequestNonce.__table__
_REMEMBER_NONCE = {
    "postgresql": postgresql.insert(_N).on_conflict_do_nothing().returning(_N.c.nonce),
    "sqlite": sqlite.insert(_N).on_conflict_do_nothing().returning(_N.c.nonce),
}
# PostgreSQL: the nonce is recorded in the same statement that reads (and locks) the device,
# one round trip instead of two. Recording it before the signature is checked changes
# nothing: every refusal rolls the request's transaction back, the nonce with it.
_PG_NONCE = (
    postgresql.insert(_N)
    .values(device_id=bindparam("device_id"), nonce=bindparam("nonce"), seen_at=bindparam("now"))
    .on_conflict_do_nothing()
    .returning(_N.c.nonce)
    .cte("fresh_nonce")
)
_PG_DEVICE_AND_NONCE = _REQUEST_DEVICE.add_columns(exists(select(_PG_NONCE.c.nonce)).label("fresh"))
PG_DEVICE_AND_NONCE_LOCKED = _PG_DEVICE_AND_NONCE.with_for_update(of=_D)


def device_and_nonce(
    session: Session, device_id: str, nonce: str, now: datetime, lock: bool = False
) -> tuple[RequestDevice | None, bool]:
    """The signing device (None when unknown) and whether the request's nonce is new (False:
    a replay). The caller refuses the request, rolling the nonce back, unless it verifies."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        device = device_for_request(session, device_id, lock)
        return device, device is not None and remember_nonce(session, device_id, nonce, now)
    statement = PG_DEVICE_AND_NONCE_LOCKED if lock else _PG_DEVICE_AND_NONCE
    row = connection.execute(
        statement, {"device_id": device_id, "nonce": nonce, "now": now}
    ).first()
    return device_and_fresh_nonce(row)


def device_and_fresh_nonce(row) -> tuple[RequestDevice | None, bool]:
    """A row of ``PG_DEVICE_AND_NONCE_LOCKED``: the device's columns, then "nonce is new"."""
    if row is None:
        return None, False
    return RequestDevice(*row[:-1]), bool(row[-1])


def device_by_public_key(session: Session, public_key_hex: str) -> Device | None:
    return session.scalar(select(Device).where(Device.public_key == public_key_hex))


def list_devices(session: Session, username: str | None = None) -> list[tuple[Device, User]]:
    query = select(Device, User).join(User, User.id == Device.user_id).order_by(Device.enrolled_at)
    if username:
        query = query.where(User.username == username)
    return [(d, u) for d, u in session.execute(query).all()]


def remember_nonce(session: Session, device_id: str, nonce: str, now: datetime) -> bool:
    """False when this nonce was seen before: the request is a replay."""
    connection = session.connection()
    statement = _REMEMBER_NONCE[connection.dialect.name]
    row = connection.execute(statement, {"device_id": device_id, "nonce": nonce, "seen_at": now})
    return row.first() is not None


FORGET_NONCES = delete(_N).where(_N.c.seen_at < bindparam("cutoff"))


def forget_nonces_before(session: Session, cutoff: datetime) -> int:
    return session.connection().execute(FORGET_NONCES, {"cutoff": cutoff}).rowcount


def latest_anchor(session: Session, device_id: str) -> AuditAnchor | None:
    return session.scalar(
        select(AuditAnchor)
        .where(AuditAnchor.device_id == device_id)
        .order_by(AuditAnchor.seq.desc())
        .limit(1)
    )


def anchor_known(session: Session, device_id: str, seq: int, digest: str) -> bool:
    """The service anchored this head of the device's chain (verify-store, review page)."""
    row = session.get(AuditAnchor, (device_id, seq))
    return row is not None and row.hash == digest


def stored_hashes(session: Session, device_id: str, seqs: list[int]) -> dict[int, str]:
    """The hashes the service stored for these events of the device's chain."""
    if not seqs:
        return {}
    rows = session.execute(
        select(DeviceAuditEvent.seq, DeviceAuditEvent.hash).where(
            DeviceAuditEvent.device_id == device_id, DeviceAuditEvent.seq.in_(seqs)
        )
    )
    return dict(rows.all())
