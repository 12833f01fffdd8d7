"""Ed25519 keys of devices, the service and the rule-pack publisher: the one home of every
Ed25519 operation in ASA (seals, bundles, requests, receipts, packs, the profile's device key).

Keys travel as lowercase hex of the 32 raw bytes; on disk private keys are PEM (PKCS#8), so
that standard tools can read them, and in the profile database raw hex. A key id is a short,
stable fingerprint of the public key.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)


class KeyFileError(ValueError):
    """A key could not be read; the message says which and why."""


def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_key_hex(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw.hex()


def public_key_from_hex(text: str) -> Ed25519PublicKey:
    try:
        raw = bytes.fromhex(text.strip())
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise KeyFileError(f"not an Ed25519 public key (64 hex digits expected): {exc}") from exc


def key_id(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    return hashlib.sha256(bytes.fromhex(public_key_hex(key))).hexdigest()[:16]


def sign_hex(key: Ed25519PrivateKey, data: bytes) -> str:
    return key.sign(data).hex()


def signature_valid(key: Ed25519PublicKey, signature_hex: str, data: bytes) -> bool:
    try:
        key.verify(bytes.fromhex(signature_hex), data)
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_content_hash(key: Ed25519PrivateKey, content_hash: str) -> str:
    """A seal's device signature: Ed25519 over the 32 raw bytes of the SHA-256 content hash."""
    return sign_hex(key, bytes.fromhex(content_hash))


def content_hash_signed_by(key: Ed25519PublicKey, signature_hex: str, content_hash: str) -> bool:
    try:
        digest = bytes.fromhex(content_hash)
    except ValueError:
        return False
    return signature_valid(key, signature_hex, digest)


def private_key_to_raw_hex(key: Ed25519PrivateKey) -> str:
    raw = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return raw.hex()


def private_key_from_raw_hex(text: str) -> Ed25519PrivateKey:
    try:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(text))
    except ValueError as exc:
        raise KeyFileError(f"not an Ed25519 private key (64 hex digits expected): {exc}") from exc


def private_key_to_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def private_key_from_pem(data: bytes) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except ValueError as exc:
        raise KeyFileError(f"not a readable PEM private key: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError("the private key is not an Ed25519 key")
    return key


def load_private_key(path: str | Path) -> Ed25519PrivateKey:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KeyFileError(f"cannot read the key file {path}: {exc.strerror}") from exc
    return private_key_from_pem(data)


def load_public_key(path_or_hex: str | Path) -> Ed25519PublicKey:
    """A public key from a file (hex, or the PEM private key) or from hex text itself."""
    text = str(path_or_hex)
    candidate = Path(text)
    if len(text) == 64 and not candidate.exists():
        return public_key_from_hex(text)
    try:
        data = candidate.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"cannot read the key file {text}: {exc.strerror}") from exc
    if b"PRIVATE KEY" in data:
        return private_key_from_pem(data).public_key()
    if b"PUBLIC KEY" in data:
        key = serialization.load_pem_public_key(data)
        if not isinstance(key, Ed25519PublicKey):
            raise KeyFileError(f"{text} is not an Ed25519 public key")
        return key
    return public_key_from_hex(data.decode("ascii", "replace"))


def write_private_key(path: str | Path, key: Ed25519PrivateKey) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(private_key_to_pem(key))
    target.chmod(0o600)
