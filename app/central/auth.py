"""Device authentication: every request after enrolment is signed with the device's key.

Why signed requests rather than a token issued at enrolment: the device already holds an
Ed25519 key to sign its bundles, so there is no second secret to store and protect on the
laptop; a request captured anywhere cannot be replayed (timestamp window + one-time nonce,
both checked in the shared database, so any service process can check any request); and
revoking the device takes effect on its very next request.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.central.errors import forbidden, unauthorised
from app.central.models import Device
from app.central.repository import as_utc
from app.central.repository.devices import forget_nonces_before, get_device, remember_nonce
from app.sync.keys import public_key_from_hex, signature_valid
from app.sync.request_signing import (
    DEVICE_HEADER,
    NONCE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    string_to_sign,
)


def authenticate(
    session: Session,
    headers,
    method: str,
    path_and_query: str,
    body: bytes,
    now: datetime,
    clock_skew_seconds: int,
    lock: bool = False,
) -> Device:
    device_id = headers.get(DEVICE_HEADER)
    timestamp = headers.get(TIMESTAMP_HEADER)
    nonce = headers.get(NONCE_HEADER)
    signature = headers.get(SIGNATURE_HEADER)
    if not (device_id and timestamp and nonce and signature):
        raise unauthorised(
            "unsigned_request", "The request is not signed by an enrolled device; enrol first."
        )
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise unauthorised("bad_timestamp", "The request's timestamp is not a number.") from None
    skew = abs(now.timestamp() - sent_at)
    if skew > clock_skew_seconds:
        raise unauthorised(
            "clock_skew",
            f"The device's clock differs from the service's by {int(skew)} seconds (at most "
            f"{clock_skew_seconds} are accepted); correct the laptop's date and time.",
        )
    if len(nonce) > 64:
        raise unauthorised("bad_nonce", "The request's nonce is too long.")
    device = get_device(session, device_id, lock=lock)
    if device is None:
        raise unauthorised("unknown_device", "This device is not enrolled at the service.")
    if device.revoked_at is not None:
        raise forbidden(
            "device_revoked",
            f"This device was revoked on {as_utc(device.revoked_at):%Y-%m-%d}"
            f"{': ' + device.revoked_reason if device.revoked_reason else ''}. Nothing was "
            "accepted from it; ask IT to enrol the profile again with a new code.",
        )
    message = string_to_sign(method, path_and_query, timestamp, nonce, body)
    if not signature_valid(public_key_from_hex(device.public_key), signature, message):
        raise unauthorised(
            "bad_signature", "The request is not signed with this device's enrolled key."
        )
    if not remember_nonce(session, device.id, nonce, now):
        raise unauthorised(
            "replayed_request", "This exact request was received before; a replay is refused."
        )
    if secrets.randbelow(200) == 0:  # now and then, drop nonces too old to be accepted anyway
        forget_nonces_before(session, now - timedelta(seconds=2 * clock_skew_seconds))
    return device
