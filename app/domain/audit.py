"""The audit trail: an append-only, hash-chained list of what happened to a hearing.

Each event's hash covers the previous event's hash, so a changed, removed or inserted event in
the middle breaks the chain from there on. Events hold hashes of texts, never the texts: the
trail proves what happened without repeating the testimony.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.canonical import canonical_json, sha256_hex

GENESIS = "0" * 64


class Action:
    """The names of audited actions (stable strings: they are part of the hashed record)."""

    PASSPHRASE_CHANGED = "profile.passphrase_changed"
    CASE_CREATED = "case.created"
    HEARING_CREATED = "hearing.created"
    ENTRY_ADDED = "entry.added"
    ENTRY_WRITTEN = "entry.written"  # a revision was closed with this text hash
    ENTRY_REVISED = "entry.revised"  # a closed entry was reopened: a new revision began
    BREAK_STARTED = "break.started"
    BREAK_ENDED = "break.ended"
    NOTICE_RECORDED = "notice.recorded"
    READBACK_STARTED = "readback.started"
    READBACK_SECTION = "readback.section"
    CORRECTION_RECORDED = "correction.recorded"
    HEARING_RESUMED = "hearing.resumed"
    SEALED = "hearing.sealed"
    ADDENDUM_ADDED = "addendum.added"
    EXPORTED = "hearing.exported"


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: datetime
    actor: str
    action: str
    hearing_id: str | None
    detail: dict[str, Any]
    prev_hash: str
    hash: str


def event_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    hearing_id: str | None,
    detail: dict[str, Any],
) -> str:
    body = {
        "prev": prev_hash,
        "seq": seq,
        "at": at,
        "actor": actor,
        "action": action,
        "hearing_id": hearing_id,
        "detail": detail,
    }
    return sha256_hex(canonical_json(body))


def next_event(
    last: AuditEvent | None,
    at: datetime,
    actor: str,
    action: str,
    hearing_id: str | None,
    detail: dict[str, Any],
) -> AuditEvent:
    prev = last.hash if last else GENESIS
    seq = last.seq + 1 if last else 1
    return AuditEvent(
        seq,
        at,
        actor,
        action,
        hearing_id,
        detail,
        prev,
        event_hash(prev, seq, at, actor, action, hearing_id, detail),
    )


def verify_chain(
    events: list[AuditEvent], anchored_head: tuple[int, str] | None = None
) -> list[str]:
    """Problems found in the chain (empty when intact). ``anchored_head`` is (seq, hash) that a
    central service confirmed earlier: a chain that no longer contains it was truncated or
    rewritten."""
    problems: list[str] = []
    prev, expected_seq = GENESIS, 1
    for ev in events:
        if ev.seq != expected_seq:
            problems.append(f"event {expected_seq} is missing (found {ev.seq} next)")
        if ev.prev_hash != prev:
            problems.append(f"event {ev.seq} does not follow the event before it")
        recomputed = event_hash(
            ev.prev_hash, ev.seq, ev.at, ev.actor, ev.action, ev.hearing_id, ev.detail
        )
        if recomputed != ev.hash:
            problems.append(f"event {ev.seq} was changed after it was written")
        prev, expected_seq = ev.hash, ev.seq + 1
    if anchored_head is not None:
        seq, digest = anchored_head
        match = next((e for e in events if e.seq == seq), None)
        if match is None or match.hash != digest:
            problems.append(f"the trail no longer contains the anchored event {seq}")
    return problems


def text_digest(*parts: str) -> str:
    """Hash of entry text for the audit detail (the trail never holds the text itself)."""
    return sha256_hex("\x1f".join(parts).encode("utf-8"))
