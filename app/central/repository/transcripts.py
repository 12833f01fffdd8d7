"""Stored transcripts: inserted once per (hearing, seal version), never changed afterwards."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.central.models import Transcript, TranscriptReturn


def resolve_returns(session: Session, hearing_id: str, new_version: int, now: datetime) -> None:
    """A newer seal version answers the returns of the older ones, and takes their place in
    the inbox."""
    session.execute(
        update(Transcript)
        .where(Transcript.hearing_id == hearing_id, Transcript.seal_version < new_version)
        .values(superseded=True)
    )
    session.execute(
        update(TranscriptReturn)
        .where(
            TranscriptReturn.hearing_id == hearing_id,
            TranscriptReturn.seal_version < new_version,
            TranscriptReturn.resolved_at.is_(None),
        )
        .values(resolved_at=now)
    )
