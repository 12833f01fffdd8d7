"""Writing export files: owner-only from the first byte, complete or not at all, and no
plaintext copy left behind by a crash.

An exported DOCX/PDF is the one plaintext copy of a transcript. It is written to a temporary
file beside the target and moved into place only when complete, so the old file stays intact
until the new one is whole. The temporary file

- is created with mode 0600 in the same system call that creates it (``os.open`` with
  ``O_CREAT | O_EXCL``), so there is no moment in which another user could open it;
- has a random name that says nothing about the case (``.asa-export-<random>.part``);
- is removed on every failure the process survives; and
- is listed, before it exists, in a small journal in the user's data folder (one entry per
  export, held under an OS file lock while the export runs). A process killed mid-export
  leaves its entry; :func:`remove_leftovers`, run at the next start, deletes the temporary
  files of entries whose lock is free (their writer is gone) and skips those still locked by
  another running ASA.

On Windows the mode bits do not apply (the folder's ACL does); the journal and the clean-up
work the same, the lock being ``msvcrt.locking``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

TEMP_PREFIX = ".asa-export-"
TEMP_SUFFIX = ".part"
JOURNAL_FOLDER = "exports-in-progress"
_ENTRY_SUFFIX = ".json"
_NEW_ENTRY_SUFFIX = ".new"
# Temporary files of ASA before 2026-12 (".Niederschrift-<Az>.<fmt>.<pid>.tmp", mode 0644):
# they are removed from the export folder and the home folder at start, where they were made.
_LEGACY_TEMP = re.compile(r"^\.Niederschrift-.+\.(docx|pdf)\.(\d+)\.tmp$")
_PROVISIONAL_GRACE_S = 60.0
_OWNER_ONLY = 0o600
_BINARY = getattr(os, "O_BINARY", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def journal_dir() -> Path:
    import platformdirs

    return platformdirs.user_data_path("ASA", appauthor=False) / JOURNAL_FOLDER


def create_owner_only(path: Path) -> int:
    """A new file that only its owner can read or write; fails if ``path`` exists."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, _OWNER_ONLY)


@contextlib.contextmanager
def atomic_target(path: Path, journal: Path | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file to write the export into; it becomes ``path`` only if the block
    finishes. The result has mode 0600 whatever the umask; a file already at ``path`` is
    replaced whole (and so gets mode 0600 too)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
    with _journal_entry(journal or journal_dir(), tmp):
        try:
            with os.fdopen(create_owner_only(tmp), "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            _sync_folder(path.parent)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


@contextlib.contextmanager
def _journal_entry(journal: Path, tmp: Path) -> Iterator[None]:
    """Record ``tmp`` durably before it is created; drop the record once it is gone."""
    journal.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(journal, 0o700)
    token = secrets.token_hex(8)
    # Made under a provisional name, locked, then renamed: the clean-up leaves young
    # provisional entries alone, so it never takes one before its writer has locked it.
    entry = journal / f"{token}{_ENTRY_SUFFIX}"
    # (Windows cannot rename a file that is open; there the entry is made under its name.)
    new = entry if sys.platform == "win32" else journal / f"{token}{_NEW_ENTRY_SUFFIX}"
    fd = create_owner_only(new)
    try:
        _lock(fd, blocking=True)
        os.write(fd, json.dumps({"temp": str(tmp)}).encode("utf-8"))
        os.fsync(fd)
        if new != entry:
            os.replace(new, entry)
        _sync_folder(journal)
        yield
    finally:
        # By now the temporary file is gone (moved into place or deleted), so a clean-up that
        # takes the entry between these two lines finds nothing to delete.
        os.close(fd)
        for name in {new, entry}:
            with contextlib.suppress(FileNotFoundError):
                name.unlink()


def remove_leftovers(journal: Path | None = None, folders: tuple[Path, ...] = ()) -> int:
    """Delete the temporary export files that crashed exports left; returns how many.

    Run at start. Entries still locked belong to an export running in another ASA process
    and are left alone. ``folders`` are also searched for the old-style temporary files of
    earlier versions (whose writer has ended).
    """
    journal = journal or journal_dir()
    removed = 0
    if journal.is_dir():
        for entry in sorted(journal.iterdir()):
            if entry.suffix == _ENTRY_SUFFIX or _stale_provisional(entry):
                removed += _settle(entry)
    for folder in folders:
        removed += _remove_legacy(folder)
    if removed:
        log.info("removed %d temporary export file(s) left by an interrupted export", removed)
    return removed


def _stale_provisional(entry: Path) -> bool:
    if entry.suffix != _NEW_ENTRY_SUFFIX:
        return False
    try:
        return time.time() - entry.stat().st_mtime > _PROVISIONAL_GRACE_S
    except OSError:
        return False


def _settle(entry: Path) -> int:
    try:
        fd = os.open(entry, os.O_RDWR | _NOFOLLOW | _BINARY)
    except OSError:
        return 0
    try:
        if not _lock(fd, blocking=False):
            return 0  # its export is running
        raw = os.read(fd, 64 * 1024)
        removed = 0
        temp = _temp_named_in(raw)
        if temp is not None:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
                removed = 1
        entry.unlink()
        return removed
    except OSError as exc:
        log.warning("could not clean up an interrupted export: %s", type(exc).__name__)
        return 0
    finally:
        os.close(fd)


def _temp_named_in(raw: bytes) -> Path | None:
    """The temporary file an entry names, if it looks like one of ours (a damaged or planted
    entry never makes the clean-up delete anything else)."""
    try:
        temp = Path(json.loads(raw.decode("utf-8"))["temp"])
    except (ValueError, KeyError, TypeError):
        return None
    name = temp.name
    if temp.is_absolute() and name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX):
        return temp
    return None


def _remove_legacy(folder: Path) -> int:
    removed = 0
    try:
        names = [p for p in Path(folder).iterdir() if _LEGACY_TEMP.match(p.name)]
    except OSError:
        return 0
    for path in names:
        if _process_alive(int(_LEGACY_TEMP.match(path.name).group(2))):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return False  # an old ASA exporting at this very moment on Windows: not worth a guess
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _lock(fd: int, blocking: bool) -> bool:
    """An exclusive lock that the OS releases when the process dies; False if held."""
    if sys.platform == "win32":
        import msvcrt

        mode = msvcrt.LK_LOCK if blocking else msvcrt.LK_NBLCK
        try:
            msvcrt.locking(fd, mode, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def clean_up_at_start() -> int:
    """The start-up clean-up: the journal, and old-style leftovers where exports went."""
    folders = [Path.home()]
    with contextlib.suppress(Exception):  # a broken deployment file is reported elsewhere
        from app.export.folder import default_export_folder

        folders.append(default_export_folder(create=False))
    return remove_leftovers(folders=tuple(folders))
