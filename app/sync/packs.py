"""Signed rule-pack updates: the publisher signs, the service only passes them on.

The desktop checks every update against the publisher key that deployment configured before
it installs anything, and refuses one that is not newer than what is installed (a rollback to
an older pack would silently bring back outdated guidelines).
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from packaging.version import Version

from app.domain.canonical import NotCanonical
from app.domain.clock import utcnow
from app.sync.keys import key_id, sign_hex, signature_valid
from app.sync.messages import PACK_FORMAT, PackEnvelope, PackPayload, signed_bytes
from app.versions import BadVersion, pack_version, version_key


class PackRefused(ValueError):
    """A rule-pack update that must not be installed; the message says why."""


def _checked_version(version: str) -> Version:
    try:
        return pack_version(version)
    except BadVersion as exc:
        raise PackRefused(str(exc)) from None


def sign_pack(
    pack_id: str, version: str, filename: str, content: bytes, publisher_key: Ed25519PrivateKey
) -> PackEnvelope:
    _checked_version(version)
    payload = PackPayload(
        format=PACK_FORMAT,
        pack_id=pack_id,
        version=version,
        published_at=utcnow().isoformat(timespec="seconds"),
        filename=filename,
        sha256=hashlib.sha256(content).hexdigest(),
        content_b64=base64.b64encode(content).decode("ascii"),
    )
    signature = sign_hex(publisher_key, signed_bytes(payload))
    return PackEnvelope(
        payload=payload, signature=signature, publisher_key_id=key_id(publisher_key)
    )


def require_publisher_signature(
    name: str, payload, signature: str, publisher_keys: list[Ed25519PublicKey]
) -> None:
    """PackRefused unless one of the publisher keys signed the payload's canonical form (a
    single pack and a snapshot of packs are signed alike)."""
    try:
        data = signed_bytes(payload)
    except NotCanonical as exc:
        raise PackRefused(f"{name}: no canonical form (RFC 8785): {exc}") from exc
    if not any(signature_valid(k, signature, data) for k in publisher_keys):
        raise PackRefused(f"{name}: the signature is not from the configured publisher key")


def verify_pack(
    envelope: PackEnvelope,
    publisher_keys: list[Ed25519PublicKey],
    installed_version: str | None = None,
) -> bytes:
    """The pack's content when the update is genuine and newer; otherwise PackRefused."""
    p = envelope.payload
    name = f"rule pack {p.pack_id} {p.version}"
    if p.format != PACK_FORMAT:
        raise PackRefused(f"{name}: unknown update format {p.format!r}")
    require_publisher_signature(name, p, envelope.signature, publisher_keys)
    try:
        content = base64.b64decode(p.content_b64, validate=True)
    except ValueError as exc:
        raise PackRefused(f"{name}: the content is damaged ({exc})") from exc
    if hashlib.sha256(content).hexdigest() != p.sha256:
        raise PackRefused(f"{name}: the content does not match its signed checksum")
    if installed_version is not None and (1, _checked_version(p.version)) <= version_key(
        installed_version
    ):
        raise PackRefused(
            f"{name}: not newer than the installed version {installed_version} (refused rollback)"
        )
    return content
