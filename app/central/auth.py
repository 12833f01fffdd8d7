"""Device authentication: every request after enrolment is signed with the device's key.

Why signed requests rather than a token issued at enrolment: the device already holds an
Ed25519 key to sign its bundles, so there is no second secret to store and protect on the
laptop; a request captured anywhere cannot be replayed (timestamp window + one-time nonce,
both checked in the shared database, so any service process can check any request); and
revoking the device takes effect on its very next request.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from app.central.errors import forbidden, unauthorised
from app.central.repository import as_utc
from app.central.repository.devices import (
    RequestDevice,
    device_and_nonce,
    forget_nonces_before,
)
from app.sync.keys import public_key_from_hex, signature_valid
from app.sync.request_signing import (
    DEVICE_HEADER,
    NONCE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    string_to_sign,
)

_TIMESTAMP = re.compile(r"\d{1,12}")  # Unix seconds; anything longer is no clock of ours
_NONCE = re.compile(r"[\x21-\x7e]{1,64}")  # printable ASCII, as the protocol says
_DEVICE_ID = re.compile(r"[0-9A-Za-z-]{1,64}")
_SIGNATURE = re.compile(r"[0-9a-fA-F]{128}")  # Ed25519: 64 bytes in hex
# Unknown devices are checked against this key, so that an unknown id costs the same work and
# gets the same answer as a known one with a wrong signature (no telling which ids exist).
_NOBODY = Ed25519PrivateKey.generate().public_key()


def not_authenticated():
    return unauthorised(
        "bad_signature",
        "The request is not signed with the key of an enrolled device; enrol the profile "
        "again or contact IT.",
    )


@dataclass(frozen=True, slots=True)
class RequestSignature:
    """The signature headers of a request, each of the protocol's form (not verified yet)."""

    device_id: str
    timestamp: str
    nonce: str
    signature: str
    # Device id and signature have their form: only then is the device looked up at all.
    well_formed: bool


def read_signature(headers, now: datetime, clock_skew_seconds: int) -> RequestSignature:
    """The request's signature headers, refused here when one is missing, malformed or out of
    the time window; nothing of this needs the database."""
    device_id = headers.get(DEVICE_HEADER)
    timestamp = headers.get(TIMESTAMP_HEADER)
    nonce = headers.get(NONCE_HEADER)
    signature = headers.get(SIGNATURE_HEADER)
    if not (device_id and timestamp and nonce and signature):
        raise unauthorised(
            "unsigned_request", "The request is not signed by an enrolled device; enrol first."
        )
    if not _TIMESTAMP.fullmatch(timestamp):
        raise unauthorised("bad_timestamp", "The request's timestamp is not a Unix time.")
    skew = abs(now.timestamp() - int(timestamp))
    if skew > clock_skew_seconds:
        raise unauthorised(
            "clock_skew",
            f"The device's clock differs from the service's by {int(skew)} seconds (at most "
            f"{clock_skew_seconds} are accepted); correct the laptop's date and time.",
        )
    if not _NONCE.fullmatch(nonce):
        raise unauthorised("bad_nonce", "The request's nonce is missing, too long or not ASCII.")
    well_formed = bool(_DEVICE_ID.fullmatch(device_id) and _SIGNATURE.fullmatch(signature))
    return RequestSignature(device_id, timestamp, nonce, signature, well_formed)


def verified_device(
    signed: RequestSignature,
    device: RequestDevice | None,
    fresh_nonce: bool,
    method: str,
    path_and_query: str,
    body: bytes,
) -> RequestDevice:
    """The device, once the signature is verified with its key; until then nothing about the
    device (not even whether it exists or was revoked) is told."""
    key = public_key_from_hex(device.public_key) if device is not None else _NOBODY
    message = string_to_sign(method, path_and_query, signed.timestamp, signed.nonce, body)
    if not signature_valid(key, signed.signature, message) or device is None:
        raise not_authenticated()
    if device.revoked_at is not None:
        raise forbidden(
            "device_revoked",
            f"This device was revoked on {as_utc(device.revoked_at):%Y-%m-%d}"
            f"{': ' + device.revoked_reason if device.revoked_reason else ''}. Nothing was "
            "accepted from it; ask IT to enrol the profile again with a new code.",
        )
    if not fresh_nonce:
        raise unauthorised(
            "replayed_request", "This exact request was received before; a replay is refused."
        )
    return device


def stale_nonces_cutoff(now: datetime, clock_skew_seconds: int) -> datetime | None:
    """Now and then (one request in 200), the moment before which recorded nonces can be
    dropped: a request that old is refused for its timestamp anyway."""
    if secrets.randbelow(200) == 0:
        return now - timedelta(seconds=2 * clock_skew_seconds)
    return None


def authenticate(
    session: Session,
    headers,
    method: str,
    path_and_query: str,
    body: bytes,
    now: datetime,
    clock_skew_seconds: int,
    lock: bool = False,
) -> RequestDevice:
    """The device that signed the request. Every header is checked for its form before use;
    until the signature is verified, nothing about the device (not even whether it exists or
    was revoked) is told."""
    signed = read_signature(headers, now, clock_skew_seconds)
    device, fresh_nonce = (
        device_and_nonce(session, signed.device_id, signed.nonce, now, lock=lock)
        if signed.well_formed
        else (None, False)
    )
    device = verified_device(signed, device, fresh_nonce, method, path_and_query, body)
    cutoff = stale_nonces_cutoff(now, clock_skew_seconds)
    if cutoff is not None:
        forget_nonces_before(session, cutoff)
    return device
