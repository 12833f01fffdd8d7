"""Stored transcripts: inserted once per (hearing, seal version), never changed afterwards."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, true, update
from sqlalchemy.orm import Session

from app.central.models import Transcript, TranscriptReturn

_T = Transcript.__table__
_R = TranscriptReturn.__table__
# A newer seal version answers the returns of the older ones, and takes their place in the
# inbox. Core statements (the pipelined upload on PostgreSQL runs the same two).
RESOLVE_RETURNS = (
    update(_T)
    .where(_T.c.hearing_id == bindparam("hearing_id"), _T.c.seal_version < bindparam("version"))
    .values(superseded=true()),
    update(_R)
    .where(
        _R.c.hearing_id == bindparam("hearing_id"),
        _R.c.seal_version < bindparam("version"),
        _R.c.resolved_at.is_(None),
    )
    .values(resolved_at=bindparam("now")),
)


def resolve_returns(session: Session, hearing_id: str, new_version: int, now: datetime) -> None:
    """A newer seal version answers the returns of the older ones, and takes their place in
    the inbox."""
    parameters = {"hearing_id": hearing_id, "version": new_version, "now": now}
    for statement in RESOLVE_RETURNS:
        session.connection().execute(statement, parameters)
