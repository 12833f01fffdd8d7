"""Signed requests: how a device proves, on every call, that it holds its enrolled key.

The device signs ``METHOD \\n PATH?QUERY \\n TIMESTAMP \\n NONCE \\n sha256(body)``. The service
accepts a timestamp only within a small window and each nonce only once, so a captured request
cannot be replayed, and there is no bearer token on the laptop that could be copied.
"""

from __future__ import annotations

import hashlib
import secrets
import time

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.sync.keys import sign_hex

DEVICE_HEADER = "X-ASA-Device"
TIMESTAMP_HEADER = "X-ASA-Timestamp"
NONCE_HEADER = "X-ASA-Nonce"
SIGNATURE_HEADER = "X-ASA-Signature"


def string_to_sign(
    method: str, path_and_query: str, timestamp: str, nonce: str, body: bytes
) -> bytes:
    body_hash = hashlib.sha256(body).hexdigest()
    return "\n".join([method.upper(), path_and_query, timestamp, nonce, body_hash]).encode()


def signed_headers(
    device_id: str,
    key: Ed25519PrivateKey,
    method: str,
    path_and_query: str,
    body: bytes,
    now: float | None = None,
) -> dict[str, str]:
    timestamp = str(int(now if now is not None else time.time()))
    nonce = secrets.token_hex(16)
    signature = sign_hex(key, string_to_sign(method, path_and_query, timestamp, nonce, body))
    return {
        DEVICE_HEADER: device_id,
        TIMESTAMP_HEADER: timestamp,
        NONCE_HEADER: nonce,
        SIGNATURE_HEADER: signature,
    }
