"""Opening a profile's SQLCipher database with its raw key, and the settings every connection uses."""

from __future__ import annotations

import logging

import sqlcipher3

log = logging.getLogger(__name__)

# WAL keeps readers and the autosave writer apart; FULL sync makes each committed keystroke
# survive a power cut (a laptop running out of battery), not just a process crash.
_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    # Temporary tables and sort spills stay in memory: a plaintext temp file is never written.
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
)


class StoreOpenError(Exception):
    """The database could not be opened with the key (damaged or not this profile's file)."""


def open_encrypted(path: str, key: bytes | bytearray) -> sqlcipher3.Connection:
    """Open (or create) an encrypted database. The caller wipes its copy of the key afterwards."""
    conn = sqlcipher3.connect(path, isolation_level=None, check_same_thread=True)
    # SQLCipher writes decryption failures to stderr by default; our own errors say it better.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    # cipher_memory_security stays at SQLCipher's default (OFF). SQLCipher locks and wipes its
    # own key material either way. ON would also lock and wipe SQLite's other heap
    # allocations. But SQLite's lookaside slots are never wiped, and the same transcript text
    # lives unwiped in Python's and Qt's memory. On a long-lived connection, whose lookaside
    # is taken by cached statements, ON cost 11 mlock and 11 munlock calls plus a random fill
    # per keystroke batch, about 0.3x of a bare commit. Swap and hibernation files are
    # protected by the laptop's disk encryption (docs/deployment.md, 5).
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise StoreOpenError(
            "The profile database cannot be decrypted; it may be damaged."
        ) from exc
    for pragma in _PRAGMAS:
        conn.execute(pragma)
    return conn


def integrity_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Results of SQLite's and SQLCipher's integrity checks; empty when both pass."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    return problems
