"""Stored transcripts: inserted once per (hearing, seal version), never changed afterwards."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.central.models import Transcript, TranscriptReturn
from app.central.repository import insert_ignoring_conflict


def find_transcript(session: Session, hearing_id: str, seal_version: int) -> Transcript | None:
    return session.scalar(
        select(Transcript).where(
            Transcript.hearing_id == hearing_id, Transcript.seal_version == seal_version
        )
    )


def insert_transcript_once(session: Session, values: dict) -> bool:
    """True when this call stored the transcript; False when a copy was already there (from
    an earlier attempt, or from a concurrent request on another process)."""
    return insert_ignoring_conflict(session, Transcript.__table__, values)


def resolve_returns(session: Session, hearing_id: str, new_version: int, now: datetime) -> None:
    """A newer seal version answers the returns of the older ones."""
    session.execute(
        update(TranscriptReturn)
        .where(
            TranscriptReturn.hearing_id == hearing_id,
            TranscriptReturn.seal_version < new_version,
            TranscriptReturn.resolved_at.is_(None),
        )
        .values(resolved_at=now)
    )
