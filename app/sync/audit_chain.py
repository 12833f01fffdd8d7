"""The audit chain on the wire: conversion, and the checks that a segment extends an anchor.

``app.domain.audit.verify_chain`` checks a whole chain from its genesis. A bundle carries only
the part after the head the service anchored last, so this module checks that a segment starts
exactly at that head and is intact from there; from genesis it defers to ``verify_chain``.
"""

from __future__ import annotations

from app.domain.audit import GENESIS, AuditEvent, event_hash, verify_chain
from app.domain.canonical import to_plain
from app.domain.clock import parse_instant
from app.sync.messages import AuditEventData, AuditHead


def event_to_data(event: AuditEvent) -> AuditEventData:
    return AuditEventData(
        seq=event.seq,
        at=to_plain(event.at),
        actor=event.actor,
        action=event.action,
        hearing_id=event.hearing_id,
        detail=to_plain(event.detail),
        prev_hash=event.prev_hash,
        hash=event.hash,
    )


def data_to_event(data: AuditEventData) -> AuditEvent:
    return AuditEvent(
        data.seq,
        parse_instant(data.at),
        data.actor,
        data.action,
        data.hearing_id,
        dict(data.detail),
        data.prev_hash,
        data.hash,
    )


def event_intact(data: AuditEventData) -> bool:
    """The event's own hash still matches what it records (without looking at its neighbours)."""
    recomputed = event_hash(
        data.prev_hash,
        data.seq,
        parse_instant(data.at),
        data.actor,
        data.action,
        data.hearing_id,
        data.detail,
    )
    return recomputed == data.hash


def head_of(events: list[AuditEventData], base: AuditHead | None) -> AuditHead:
    if events:
        return AuditHead(seq=events[-1].seq, hash=events[-1].hash)
    return base or AuditHead(seq=0, hash=GENESIS)


def verify_segment(base: AuditHead | None, segment: list[AuditEventData]) -> list[str]:
    """Problems with ``segment`` as the continuation of the chain after ``base``."""
    events = [data_to_event(d) for d in segment]
    if base is None or base.seq == 0:
        return verify_chain(events)
    problems: list[str] = []
    prev, expected_seq = base.hash, base.seq + 1
    for ev in events:
        if ev.seq != expected_seq:
            problems.append(f"audit event {expected_seq} is missing (found {ev.seq} next)")
        if ev.prev_hash != prev:
            problems.append(f"audit event {ev.seq} does not follow the event before it")
        if (
            event_hash(ev.prev_hash, ev.seq, ev.at, ev.actor, ev.action, ev.hearing_id, ev.detail)
            != ev.hash
        ):
            problems.append(f"audit event {ev.seq} was changed after it was written")
        prev, expected_seq = ev.hash, ev.seq + 1
    return problems


def contains_head(
    base: AuditHead | None, segment: list[AuditEventData], anchored: AuditHead
) -> bool:
    """True when the chain base+segment still contains the ``anchored`` event unchanged."""
    if anchored.seq == 0:
        return True
    if base is not None and base.seq == anchored.seq:
        return base.hash == anchored.hash
    match = next((e for e in segment if e.seq == anchored.seq), None)
    return match is not None and match.hash == anchored.hash
