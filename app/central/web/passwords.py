"""Passwords of supervisors and administrators: Argon2id (argon2-cffi's defaults, RFC 9106's
second recommended set), checked in constant time; hashes are upgraded when the parameters
change."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # Argon2id
MIN_LENGTH = 12
# Verifying against this when the account does not exist keeps the timing of "no such user"
# and "wrong password" alike.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_strength(password: str) -> str | None:
    if len(password) < MIN_LENGTH:
        return f"The password must have at least {MIN_LENGTH} characters."
    return None


def verify_password(encoded: str | None, password: str) -> bool:
    try:
        return _hasher.verify(encoded or _DUMMY_HASH, password) and encoded is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(encoded: str) -> bool:
    return _hasher.check_needs_rehash(encoded)
