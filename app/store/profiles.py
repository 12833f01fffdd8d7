"""Interviewer profiles: one folder each under the platform's user data folder.

A profile folder holds ``profile.json`` (name and the wrapped database key - no transcript
data), ``asa.db`` (the SQLCipher database with its -wal/-shm) and ``lockout.json`` (the count
of wrong passphrases, so the growing delay survives a restart).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from app.store.keys import KdfParams, WrappedKey
    from app.store.lockout import Lockout

# The unlock window needs only the profile list (bench/bench_startup.py): key handling and
# the lockout file are imported when a profile is created or unlocked.

MIN_PASSPHRASE = 8
DB_NAME = "asa.db"
META_NAME = "profile.json"
RECOVERY_NAME = "recovery.json"
_KEY_FIELDS = ("salt", "nonce", "ciphertext", "kdf")
DAMAGED_META_ADVICE = (
    "profile.json holds the profile's name and its wrapped database key; without it the "
    "database cannot be opened. Do not delete the folder: the database itself may be intact. "
    "Restore profile.json from a backup of this same folder (it changes only when the "
    "passphrase changes), or let IT rebuild it with the organisation's recovery key "
    "(asa admin recover FOLDER --recovery-key FILE)."
)


class ProfileError(Exception):
    """A profile action failed. The message (English) is meant for the user or IT; ``code`` is
    stable, for the interface to word it in the user's language."""

    def __init__(self, message: str, code: str = ""):
        super().__init__(message)
        self.code = code


class TooManyAttempts(ProfileError):
    def __init__(self, wait_seconds: float):
        import math

        # Whole seconds, rounded up: never "Try again in 0 s" while a wait remains.
        self.wait_seconds = float(math.ceil(wait_seconds))
        super().__init__(f"Too many wrong passphrases. Try again in {self.wait_seconds:.0f} s.")


def default_root() -> Path:
    import platformdirs

    return platformdirs.user_data_path("ASA", appauthor=False) / "profiles"


class ProfileInfo(NamedTuple):
    id: str
    name: str
    folder: Path
    created_at: str

    @property
    def database(self) -> Path:
        return self.folder / DB_NAME

    @property
    def lockout(self) -> Lockout:
        from app.store.lockout import Lockout

        return Lockout(self.folder / "lockout.json")


class DamagedProfile(NamedTuple):
    """A profile folder whose profile.json cannot be read: listed, never silently dropped."""

    folder: Path
    problem: str  # what is wrong, in English, for support and the log
    advice: str = DAMAGED_META_ADVICE

    @property
    def meta_path(self) -> Path:
        return self.folder / META_NAME


_FROM_DEPLOYMENT = "from deployment"


class ProfileManager:
    def __init__(
        self, root: Path | None = None, recovery_public_key: str | None = _FROM_DEPLOYMENT
    ):
        """``recovery_public_key``: the organisation's X25519 recovery key (hex) that every
        profile's database key is also wrapped for; by default the deployment file's
        ``recovery_public_key``, read when a profile is first created or unlocked."""
        self.root = Path(root) if root else default_root()
        self._recovery_hex = recovery_public_key

    def list(self) -> list[ProfileInfo]:
        """The profiles that can be offered for unlocking (see ``damaged()`` for the rest)."""
        found = [p for p in self._scan() if isinstance(p, ProfileInfo)]
        return sorted(found, key=lambda p: p.name.casefold())

    def damaged(self) -> list[DamagedProfile]:
        """Profile folders whose profile.json is missing, cut short or garbled."""
        return [p for p in self._scan() if isinstance(p, DamagedProfile)]

    def _scan(self) -> list[ProfileInfo | DamagedProfile]:
        if not self.root.is_dir():
            return []
        return [
            read_profile(folder)
            for folder in sorted(self.root.iterdir())
            if folder.is_dir() and ((folder / META_NAME).exists() or (folder / DB_NAME).exists())
        ]

    def get(self, profile_id: str) -> ProfileInfo:
        for p in self.list():
            if p.id == profile_id:
                return p
        raise ProfileError("This profile no longer exists.", "profile_missing")

    def create(
        self, name: str, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[ProfileInfo, bytearray]:
        """Create a profile; returns it and the new database key (for the caller to open, then wipe)."""
        name = name.strip()
        if not name:
            raise ProfileError("Please enter the interviewer's name.", "name_missing")
        if len(passphrase) < MIN_PASSPHRASE:
            raise _too_short()
        import uuid

        from app.store.keys import new_database_key, wrap_key

        profile_id = uuid.uuid4().hex[:12]
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:24] or "profile"
        folder = self.root / f"{slug}-{profile_id}"
        folder.mkdir(parents=True, exist_ok=False)
        os.chmod(folder, 0o700)
        key = new_database_key()
        wrapped = wrap_key(key, passphrase, kdf)
        from datetime import UTC, datetime

        created = datetime.now(UTC).isoformat(timespec="seconds")
        _write_json(
            folder / "profile.json",
            {
                "id": profile_id,
                "name": name,
                "created_at": created,
                "format": 1,
                "key": wrapped.to_dict(),
            },
        )
        info = ProfileInfo(profile_id, name, folder, created)
        self._ensure_recovery(info, key)
        return info, key

    def unlock(self, profile: ProfileInfo, passphrase: str) -> bytearray:
        """The database key, if the passphrase is right. Nothing is written on success or failure
        except the wrong-passphrase counter, and on success the recovery wrapping if the
        profile lacks it (made before recovery was configured, or for an earlier key)."""
        from app.store.keys import WrongPassphrase, unwrap_key

        lockout = profile.lockout
        wait = lockout.wait_remaining()
        if wait > 0:
            raise TooManyAttempts(wait)
        try:
            key = unwrap_key(self._wrapped(profile), passphrase)
        except WrongPassphrase:
            lockout.record_failure()
            raise
        lockout.reset()
        self._ensure_recovery(profile, key)
        return key

    # --- recovery (app/store/recovery.py) ----------------------------------------------------

    def recovery_key(self):
        """The recovery public key (X25519PublicKey) profiles are wrapped for, or None."""
        if self._recovery_hex == _FROM_DEPLOYMENT:
            self._recovery_hex = _deployment_recovery_key()
        if not self._recovery_hex:
            return None
        from app.store.recovery import public_key_from_hex

        return public_key_from_hex(self._recovery_hex)

    def _ensure_recovery(self, profile: ProfileInfo, key: bytearray) -> None:
        """Wrap the database key for the recovery key unless that is already done. A failure
        here is logged, never a reason to refuse the unlock."""
        import logging

        from app.store.recovery import (
            RecoveryError,
            key_id,
            read_wrapping,
            wrap_for_recovery,
        )

        recipient = self.recovery_key()
        if recipient is None:
            return
        try:
            current = read_wrapping(profile.folder)
        except RecoveryError:
            current = None  # damaged: written anew
        if current is not None and current.recipient == key_id(recipient):
            return
        wrapping = wrap_for_recovery(key, recipient, profile.id, profile.name, profile.created_at)
        try:
            _write_json(profile.folder / RECOVERY_NAME, wrapping.to_dict())
        except OSError as exc:
            logging.getLogger(__name__).warning("recovery wrapping not written: %s", exc.strerror)

    def recover(
        self, folder: Path, private_key, new_passphrase: str
    ) -> tuple[ProfileInfo, bytearray]:
        """Set a new passphrase with the organisation's recovery private key; the database is
        not touched. Rebuilds a missing or damaged profile.json from recovery.json. Returns the
        profile and its database key (for the caller to record the recovery, then wipe).
        Raises ProfileError (codes ``no_recovery``, ``recovery_failed``)."""
        if len(new_passphrase) < MIN_PASSPHRASE:
            raise _too_short()
        from app.store.connection import StoreOpenError, open_encrypted
        from app.store.keys import KdfParams, wipe, wrap_key
        from app.store.recovery import RecoveryError, read_wrapping, unwrap_with_recovery

        try:
            wrapping = read_wrapping(folder)
            if wrapping is None:
                raise RecoveryError(
                    "this profile has no recovery wrapping (made before recovery was "
                    "configured and not unlocked since)"
                )
            key = unwrap_with_recovery(wrapping, private_key)
        except RecoveryError as exc:
            raise ProfileError(f"{folder}: {exc}", "recovery_failed") from None
        try:
            open_encrypted(str(folder / DB_NAME), key).close()
        except StoreOpenError:
            wipe(key)
            raise ProfileError(
                f"{folder}: the recovered key does not open the database", "recovery_failed"
            ) from None
        meta = read_profile(folder)
        data = (
            json.loads((folder / META_NAME).read_text(encoding="utf-8"))
            if isinstance(meta, ProfileInfo)
            else {  # rebuilt from what recovery.json keeps
                "id": wrapping.profile_id,
                "name": wrapping.name,
                "created_at": wrapping.created_at,
                "format": 1,
            }
        )
        try:
            kdf = KdfParams(**data["key"]["kdf"])
        except (KeyError, TypeError):
            kdf = KdfParams()
        data["key"] = wrap_key(key, new_passphrase, kdf).to_dict()
        _write_json(folder / META_NAME, data)
        info = ProfileInfo(data["id"], data["name"], folder, data["created_at"])
        info.lockout.reset()
        return info, key

    def change_passphrase(self, profile: ProfileInfo, old: str, new: str) -> None:
        if len(new) < MIN_PASSPHRASE:
            raise _too_short()
        from app.store.keys import KdfParams, wrap_key

        key = self.unlock(profile, old)
        meta_path = profile.folder / "profile.json"
        data = json.loads(meta_path.read_text(encoding="utf-8"))
        data["key"] = wrap_key(key, new, KdfParams(**data["key"]["kdf"])).to_dict()
        _write_json(meta_path, data)

    def _wrapped(self, profile: ProfileInfo) -> WrappedKey:
        from app.store.keys import WrappedKey

        try:
            data = json.loads((profile.folder / "profile.json").read_text(encoding="utf-8"))
            return WrappedKey.from_dict(data["key"])
        except (OSError, ValueError, KeyError) as exc:
            raise ProfileError(
                f"The profile file in {profile.folder} is damaged.", "profile_damaged"
            ) from exc


def read_profile(folder: Path) -> ProfileInfo | DamagedProfile:
    """The profile in ``folder``, or what is wrong with its profile.json."""
    meta = folder / META_NAME
    try:
        raw = meta.read_bytes()
    except FileNotFoundError:
        return DamagedProfile(folder, "profile.json is missing (the database is there)")
    except OSError as exc:
        return DamagedProfile(folder, f"profile.json cannot be read ({exc.strerror})")
    if not raw.strip():
        return DamagedProfile(folder, "profile.json is empty (cut to nothing)")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return DamagedProfile(folder, "profile.json is garbled (not UTF-8 text)")
    except json.JSONDecodeError as exc:
        return DamagedProfile(
            folder,
            f"profile.json is cut short or garbled (not valid JSON at line {exc.lineno}, "
            f"column {exc.colno})",
        )
    if not isinstance(data, dict):
        return DamagedProfile(folder, "profile.json is garbled (not a JSON object)")
    wrong = [f for f in ("id", "name", "created_at") if not isinstance(data.get(f), str)]
    key = data.get("key")
    if not isinstance(key, dict) or any(f not in key for f in _KEY_FIELDS):
        wrong.append("key")
    if wrong:
        return DamagedProfile(
            folder, f"profile.json lacks or garbles the field(s): {', '.join(wrong)}"
        )
    return ProfileInfo(data["id"], data["name"], folder, data["created_at"])


def _deployment_recovery_key() -> str | None:
    import logging

    from app.datafiles import DataFileError
    from app.deployment import load_deployment

    try:
        return load_deployment().recovery_public_key
    except DataFileError:
        logging.getLogger(__name__).warning("deployment file invalid: no recovery wrapping")
        return None


def _too_short() -> ProfileError:
    return ProfileError(
        f"The passphrase needs at least {MIN_PASSPHRASE} characters.", "passphrase_too_short"
    )


def _write_json(path: Path, data: dict) -> None:
    # Write-then-rename: a crash never leaves a half-written key file behind.
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
