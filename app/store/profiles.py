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

        self.wait_seconds = wait_seconds  # never "0 s" while a wait remains:
        super().__init__(f"Too many wrong passphrases. Try again in {math.ceil(wait_seconds)} s.")


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


class ProfileManager:
    def __init__(self, root: Path | None = None):
        self.root = Path(root) if root else default_root()

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
        return ProfileInfo(profile_id, name, folder, created), key

    def unlock(self, profile: ProfileInfo, passphrase: str) -> bytearray:
        """The database key, if the passphrase is right. Nothing is written on success or failure
        except the wrong-passphrase counter."""
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
        return key

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
