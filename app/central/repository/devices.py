"""Devices, request nonces and the anchored heads of the devices' audit chains."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.central.models import AuditAnchor, Device, DeviceAuditEvent, RequestNonce, User
from app.central.repository import insert_ignoring_conflict, insert_many_ignoring_conflict


def get_device(session: Session, device_id: str, lock: bool = False) -> Device | None:
    """The device, with its user (``device.user``) loaded in the same query."""
    query = select(Device).where(Device.id == device_id)
    if lock:  # serialises uploads of one device across service processes (PostgreSQL)
        query = query.with_for_update(of=Device)
    return session.scalar(query)


def device_by_public_key(session: Session, public_key_hex: str) -> Device | None:
    return session.scalar(select(Device).where(Device.public_key == public_key_hex))


def list_devices(session: Session, username: str | None = None) -> list[tuple[Device, User]]:
    query = select(Device, User).join(User, User.id == Device.user_id).order_by(Device.enrolled_at)
    if username:
        query = query.where(User.username == username)
    return [(d, u) for d, u in session.execute(query).all()]


def remember_nonce(session: Session, device_id: str, nonce: str, now: datetime) -> bool:
    """False when this nonce was seen before: the request is a replay."""
    return insert_ignoring_conflict(
        session, RequestNonce.__table__, {"device_id": device_id, "nonce": nonce, "seen_at": now}
    )


def forget_nonces_before(session: Session, cutoff: datetime) -> int:
    return session.execute(delete(RequestNonce).where(RequestNonce.seen_at < cutoff)).rowcount


def latest_anchor(session: Session, device_id: str) -> AuditAnchor | None:
    return session.scalar(
        select(AuditAnchor)
        .where(AuditAnchor.device_id == device_id)
        .order_by(AuditAnchor.seq.desc())
        .limit(1)
    )


def anchor_known(session: Session, device_id: str, seq: int, digest: str) -> bool:
    row = session.get(AuditAnchor, (device_id, seq))
    return row is not None and row.hash == digest


def add_anchor(session: Session, device_id: str, seq: int, digest: str, now: datetime) -> None:
    insert_ignoring_conflict(
        session,
        AuditAnchor.__table__,
        {"device_id": device_id, "seq": seq, "hash": digest, "anchored_at": now},
    )


def store_audit_events(session: Session, device_id: str, events: list[dict]) -> None:
    insert_many_ignoring_conflict(
        session,
        DeviceAuditEvent.__table__,
        [
            {
                "device_id": device_id,
                "seq": event["seq"],
                "hash": event["hash"],
                "hearing_id": event["hearing_id"],
                "event_json": json.dumps(event, sort_keys=True),
            }
            for event in events
        ],
    )


def stored_hashes(session: Session, device_id: str, seqs: list[int]) -> dict[int, str]:
    if not seqs:
        return {}
    rows = session.execute(
        select(DeviceAuditEvent.seq, DeviceAuditEvent.hash).where(
            DeviceAuditEvent.device_id == device_id, DeviceAuditEvent.seq.in_(seqs)
        )
    )
    return dict(rows.all())
