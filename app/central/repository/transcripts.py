"""Stored transcripts: inserted once per (hearing, seal version), never changed afterwards."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.central.models import TranscriptReturn


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
