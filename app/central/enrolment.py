"""Enrolment: a one-time code from IT binds a device's public key to an interviewer."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from app.central.errors import ApiError, bad_request, conflict, forbidden
from app.central.models import Device, Office, User
from app.central.repository import as_utc
from app.central.repository.accounts import claim_code, find_code
from app.central.repository.devices import device_by_public_key, get_device
from app.sync.keys import KeyFileError, key_id, public_key_from_hex
from app.sync.messages import EnrolRequest, EnrolResponse


def enrol(
    session: Session, request: EnrolRequest, now: datetime, service_key_id: str
) -> EnrolResponse:
    try:
        public_key = public_key_from_hex(request.public_key)
    except KeyFileError as exc:
        raise bad_request("bad_public_key", f"The device public key is not usable: {exc}") from exc
    code = find_code(session, request.code)
    if code is None:
        raise forbidden("invalid_code", "This enrolment code is not valid; ask IT for a new one.")
    if code.used_at is not None:
        device = get_device(session, code.device_id) if code.device_id else None
        if device is not None and device.public_key == request.public_key:
            # The same device asking again (the first reply was lost): same answer.
            return _response(session, device, service_key_id)
        used = as_utc(code.used_at).strftime("%Y-%m-%d %H:%M")
        raise forbidden(
            "code_used",
            f"This enrolment code was already used on {used} UTC; ask IT for a new one.",
        )
    if as_utc(code.expires_at) < now:
        raise forbidden("code_expired", "This enrolment code has expired; ask IT for a new one.")
    if device_by_public_key(session, request.public_key) is not None:
        raise conflict("key_in_use", "This device key is already enrolled.")
    device = Device(
        id=str(uuid.uuid4()),
        user_id=code.user_id,
        public_key=request.public_key,
        key_id=key_id(public_key),
        name=request.device_name[:200],
        enrolled_at=now,
        revoked_reason="",
    )
    session.add(device)
    session.flush()
    if not claim_code(session, code.id, device.id, now):
        raise ApiError(
            409,
            "code_used",
            "This enrolment code was used at the same moment by "
            "another request; ask IT for a new one.",
        )
    return _response(session, device, service_key_id)


def _response(session: Session, device: Device, service_key_id: str) -> EnrolResponse:
    user = session.get(User, device.user_id)
    office = session.get(Office, user.office_id)
    return EnrolResponse(
        device_id=device.id,
        user=user.username,
        display_name=user.display_name,
        office=office.name,
        role=user.role,
        service_key_id=service_key_id,
    )
