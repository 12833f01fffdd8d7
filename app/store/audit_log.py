"""The audit trail in the profile database: append, read, verify."""

from __future__ import annotations

import json
from typing import Any

from app.domain.audit import AuditEvent, next_event, verify_chain
from app.domain.clock import parse_instant, utcnow


class AuditLog:
    def __init__(self, conn, actor: str):
        self._conn = conn
        self.actor = actor

    def last(self) -> AuditEvent | None:
        row = self._conn.execute(
            "SELECT seq, at, actor, action, hearing_id, detail, prev_hash, hash FROM audit"
            " ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return _event(row) if row else None

    def append(self, action: str, hearing_id: str | None = None, **detail: Any) -> AuditEvent:
        event = next_event(self.last(), utcnow(), self.actor, action, hearing_id, detail)
        self._conn.execute(
            "INSERT INTO audit (seq, at, actor, action, hearing_id, detail, prev_hash, hash)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (
                event.seq,
                event.at.isoformat(timespec="microseconds"),
                event.actor,
                event.action,
                event.hearing_id,
                json.dumps(event.detail, sort_keys=True, ensure_ascii=False),
                event.prev_hash,
                event.hash,
            ),
        )
        return event

    def events(self, hearing_id: str | None = None) -> list[AuditEvent]:
        sql = "SELECT seq, at, actor, action, hearing_id, detail, prev_hash, hash FROM audit"
        args: tuple = ()
        if hearing_id is not None:
            sql += " WHERE hearing_id = ?"
            args = (hearing_id,)
        return [_event(r) for r in self._conn.execute(sql + " ORDER BY seq", args)]

    def verify(self, anchored_head: tuple[int, str] | None = None) -> list[str]:
        return verify_chain(self.events(), anchored_head)


def _event(row) -> AuditEvent:
    return AuditEvent(
        row[0], parse_instant(row[1]), row[2], row[3], row[4], json.loads(row[5]), row[6], row[7]
    )
