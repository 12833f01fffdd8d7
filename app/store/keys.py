"""The database key and how it is kept: random, wrapped by a key derived from the passphrase.

Each profile's SQLCipher database is encrypted with a random 256-bit raw key. That key is never
stored as such: it is stored encrypted (AES-256-GCM) under a key derived from the passphrase
with Argon2id, a memory-hard KDF, so guessing passphrases off a stolen disk is slow and costly.
Changing the passphrase re-wraps the key and leaves the database as it is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

KEY_BYTES = 32
_AAD = b"asa.profile-key/1"


class WrongPassphrase(Exception):
    """The passphrase does not unlock this profile."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults follow RFC 9106's second recommended option (64 MiB)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    def to_dict(self) -> dict[str, int]:
        return {
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }


@dataclass(frozen=True)
class WrappedKey:
    """What is stored on disk: salt, KDF cost, nonce and the encrypted database key."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes
    kdf: KdfParams

    def to_dict(self) -> dict:
        import base64

        b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
        return {
            "algorithm": "argon2id+aes-256-gcm",
            "salt": b64(self.salt),
            "nonce": b64(self.nonce),
            "ciphertext": b64(self.ciphertext),
            "kdf": self.kdf.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> WrappedKey:
        return cls(
            _b64decode(data["salt"]),
            _b64decode(data["nonce"]),
            _b64decode(data["ciphertext"]),
            KdfParams(**data["kdf"]),
        )


def _b64decode(text: str) -> bytes:
    import base64  # on first use: the unlock window does not need it to appear

    return base64.b64decode(text)


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # on first use: keeps start-up light

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        kdf.time_cost,
        kdf.memory_kib,
        kdf.parallelism,
        KEY_BYTES,
        Type.ID,
    )


def new_database_key() -> bytearray:
    return bytearray(os.urandom(KEY_BYTES))


def wrap_key(key: bytes | bytearray, passphrase: str, kdf: KdfParams | None = None) -> WrappedKey:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = kdf or KdfParams()
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _derive(passphrase, salt, kdf)
    return WrappedKey(salt, nonce, AESGCM(kek).encrypt(nonce, bytes(key), _AAD), kdf)


def unwrap_key(wrapped: WrappedKey, passphrase: str) -> bytearray:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = _derive(passphrase, wrapped.salt, wrapped.kdf)
    try:
        return bytearray(AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, _AAD))
    except InvalidTag:
        raise WrongPassphrase from None


def wipe(secret: bytearray) -> None:
    """Overwrite a key held in a bytearray once it has been handed to SQLCipher."""
    for i in range(len(secret)):
        secret[i] = 0
