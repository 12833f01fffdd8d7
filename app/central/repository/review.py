"""The one place that decides which transcripts a supervisor may see: those of the offices
they are assigned to. Every page and action loads transcripts through here; anything else
reads as "not found", so guessing ids tells nothing."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.central.models import Office, ReviewEvent, Transcript, User, UserOffice


def office_ids_of(session: Session, user: User) -> list[str]:
    return list(session.scalars(select(UserOffice.office_id).where(UserOffice.user_id == user.id)))


def offices_of(session: Session, user: User) -> list[Office]:
    return list(
        session.scalars(
            select(Office)
            .join(UserOffice, UserOffice.office_id == Office.id)
            .where(UserOffice.user_id == user.id)
            .order_by(Office.name)
        )
    )


def visible_transcripts(user: User) -> Select:
    """SELECT of the transcripts this user may see (to be narrowed further)."""
    return select(Transcript).where(
        Transcript.office_id.in_(select(UserOffice.office_id).where(UserOffice.user_id == user.id))
    )


def transcript_for(session: Session, user: User, transcript_id: int) -> Transcript | None:
    """The transcript, or None when it does not exist or lies in another office."""
    return session.scalar(visible_transcripts(user).where(Transcript.id == transcript_id))


def record_event(
    session: Session,
    user: User | None,
    action: str,
    now: datetime,
    transcript_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        ReviewEvent(
            transcript_id=transcript_id,
            user_id=user.id if user else None,
            at=now,
            action=action,
            details_json=json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
        )
    )
