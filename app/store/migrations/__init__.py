"""Versioned schema migrations of the profile database.

Each migration is a numbered SQL file in this folder (``0001_initial.sql`` ...). The database
records the last applied number in ``PRAGMA user_version``; opening a profile applies the
missing ones in order, each in its own transaction. Migrations are never edited once released:
a change is a new file.
"""

from __future__ import annotations

import re
from importlib import resources

import sqlcipher3

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def available() -> list[tuple[int, str, str]]:
    """(number, file name, SQL) of every migration, in order."""
    found = []
    for item in resources.files(__package__).iterdir():
        match = _NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), item.name, item.read_text(encoding="utf-8")))
    return sorted(found)


def current_version(conn: sqlcipher3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlcipher3.Connection) -> list[str]:
    """Apply the missing migrations; returns the names applied."""
    applied = []
    version = current_version(conn)
    for number, name, sql in available():
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def _statements(sql: str) -> list[str]:
    # sqlite3.complete_statement knows where a statement ends, triggers with inner ';' included.
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
