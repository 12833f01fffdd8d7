"""The open profile database: one connection, its repositories, and transactions.

A Store belongs to exactly one thread (SQLite connections must not cross threads); the desktop
app reaches it only through :class:`app.store.worker.DbWorker`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.store import migrations
from app.store.audit_log import AuditLog
from app.store.cases import CaseRepository
from app.store.connection import integrity_problems, open_encrypted
from app.store.hearings import HearingRepository
from app.sync.keys import (
    generate_private_key,
    key_id,
    private_key_from_raw_hex,
    private_key_to_raw_hex,
)

SESSION_OPEN, SESSION_CLOSED = "open", "closed"


class Store:
    def __init__(self, conn, actor: str):
        self.conn = conn
        self.cases = CaseRepository(conn)
        self.hearings = HearingRepository(conn)
        self.audit = AuditLog(conn, actor)
        self._depth = 0

    @classmethod
    def open(cls, path: str, key: bytes | bytearray, actor: str) -> Store:
        conn = open_encrypted(path, key)
        migrations.migrate(conn)
        return cls(conn, actor)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """A unit of work: everything inside commits together or not at all."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    # --- meta -------------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
            " value=excluded.value",
            (key, value),
        )

    def mark_in_use(self) -> bool:
        """Mark the profile in use; True when the previous session did not end cleanly."""
        with self.transaction():
            abnormal = self.get_meta("session_state") == SESSION_OPEN
            self.set_meta("session_state", SESSION_OPEN)
        return abnormal

    def mark_closed(self) -> None:
        with self.transaction():
            self.set_meta("session_state", SESSION_CLOSED)

    # --- the device key (signs seals and sync bundles) -------------------------------------

    def device_key(self) -> Ed25519PrivateKey:
        raw = self.get_meta("device_key")
        if raw is None:
            key = generate_private_key()
            with self.transaction():
                self.set_meta("device_key", private_key_to_raw_hex(key))
            return key
        return private_key_from_raw_hex(raw)

    def device_key_id(self) -> str:
        return key_id(self.device_key())

    # --- housekeeping --------------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        return integrity_problems(self.conn)

    def checkpoint(self) -> None:
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.checkpoint()
        self.conn.close()
