"""The database key wrapped a second time, for the organisation's recovery key.

A lost passphrase must not lose a profile, and nobody but IT may open it without one. So each
profile's database key is also encrypted to the organisation's recovery *public* key (named
in the deployment file); the private key is held offline by IT. ``asa admin recover`` uses it
to unwrap the database key and wrap it under a new passphrase: the database is not touched.

The wrapping is ECIES over X25519 from ``cryptography``: an ephemeral X25519 key agrees a
secret with the recovery public key, HKDF-SHA256 (info binding both public keys) derives an
AES-256-GCM key, and the database key is encrypted with the profile id and the recipient's
key id as associated data, so a wrapping cannot be moved to another profile unnoticed.

It lives in ``recovery.json`` beside ``profile.json``, with the profile's id, name and
creation time, so that IT can rebuild a lost or damaged profile.json from it. A profile made
before recovery was configured (or wrapped for an earlier recovery key) gains the wrapping at
its next unlock, when the database key is at hand.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

RECOVERY_NAME = "recovery.json"
ALGORITHM = "x25519-hkdf-sha256-aes-256-gcm"
RECOVERED = "profile.recovered"  # the audit action of a recovery
_INFO = b"asa.recovery/1"


class RecoveryError(Exception):
    """Recovery is not possible; the message says why (English, for IT)."""


@dataclass(frozen=True)
class RecoveryWrapping:
    """What recovery.json holds: whose profile it is, and its key wrapped for the recipient."""

    profile_id: str
    name: str
    created_at: str
    recipient: str  # key id of the recovery public key
    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes

    def to_dict(self) -> dict:
        b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
        return {
            "format": 1,
            "profile": {"id": self.profile_id, "name": self.name, "created_at": self.created_at},
            "recovery": {
                "algorithm": ALGORITHM,
                "recipient": self.recipient,
                "ephemeral": b64(self.ephemeral),
                "nonce": b64(self.nonce),
                "ciphertext": b64(self.ciphertext),
            },
        }


def key_id(public: X25519PublicKey) -> str:
    return hashlib.sha256(_raw(public)).hexdigest()[:16]


def public_key_from_hex(text: str) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(bytes.fromhex(text.strip()))


def public_key_hex(public: X25519PublicKey) -> str:
    return _raw(public).hex()


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO + ephemeral + recipient)
    return hkdf.derive(shared)


def _aad(profile_id: str, recipient_id: str) -> bytes:
    return _INFO + b"|" + profile_id.encode("utf-8") + b"|" + recipient_id.encode("ascii")


def wrap_for_recovery(
    key: bytes | bytearray, recipient: X25519PublicKey, profile_id: str, name: str, created: str
) -> RecoveryWrapping:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw(ephemeral.public_key())
    kek = _kek(ephemeral.exchange(recipient), ephemeral_raw, _raw(recipient))
    nonce = os.urandom(12)
    recipient_id = key_id(recipient)
    ciphertext = AESGCM(kek).encrypt(nonce, bytes(key), _aad(profile_id, recipient_id))
    return RecoveryWrapping(
        profile_id, name, created, recipient_id, ephemeral_raw, nonce, ciphertext
    )


def unwrap_with_recovery(wrapping: RecoveryWrapping, private: X25519PrivateKey) -> bytearray:
    public = private.public_key()
    if key_id(public) != wrapping.recipient:
        raise RecoveryError(
            f"this recovery key (id {key_id(public)}) is not the one the profile was wrapped "
            f"for (id {wrapping.recipient})"
        )
    try:
        peer = X25519PublicKey.from_public_bytes(wrapping.ephemeral)
        kek = _kek(private.exchange(peer), wrapping.ephemeral, _raw(public))
        aad = _aad(wrapping.profile_id, wrapping.recipient)
        return bytearray(AESGCM(kek).decrypt(wrapping.nonce, wrapping.ciphertext, aad))
    except (InvalidTag, ValueError):
        raise RecoveryError("the recovery wrapping in recovery.json is damaged") from None


def read_wrapping(folder: Path) -> RecoveryWrapping | None:
    """The profile's recovery wrapping; None if there is none. Raises RecoveryError if the
    file is there but cannot be read."""
    path = Path(folder) / RECOVERY_NAME
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise RecoveryError(f"{path} cannot be read ({type(exc).__name__})") from None
    try:
        profile, rec = data["profile"], data["recovery"]
        if rec["algorithm"] != ALGORITHM:
            raise ValueError(rec["algorithm"])
        d = base64.b64decode
        return RecoveryWrapping(
            str(profile["id"]),
            str(profile["name"]),
            str(profile["created_at"]),
            str(rec["recipient"]),
            d(rec["ephemeral"], validate=True),
            d(rec["nonce"], validate=True),
            d(rec["ciphertext"], validate=True),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise RecoveryError(f"{path} is damaged ({type(exc).__name__})") from None


def load_private_key(path: Path, password: bytes | None = None) -> X25519PrivateKey:
    """IT's recovery private key from a PEM file (PKCS#8, as `openssl genpkey -algorithm
    X25519` or `asa admin recovery-keygen` write it). Raises RecoveryError."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise RecoveryError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        key = serialization.load_pem_private_key(data, password=password)
    except TypeError:
        raise RecoveryError(f"{path}: the key file is protected by a passphrase") from None
    except ValueError:
        raise RecoveryError(f"{path}: not a PEM private key (or a wrong passphrase)") from None
    if not isinstance(key, X25519PrivateKey):
        raise RecoveryError(f"{path}: not an X25519 key")
    return key


def is_encrypted_pem(path: Path) -> bool:
    try:
        return b"ENCRYPTED" in Path(path).read_bytes()[:100]
    except OSError:
        return False


def new_private_key_pem(password: bytes | None = None) -> tuple[bytes, X25519PublicKey]:
    key = X25519PrivateKey.generate()
    encryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    return pem, key.public_key()
