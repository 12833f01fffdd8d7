"""What goes down to the devices: assignments, returned transcripts, rule-pack updates."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.central.errors import AdminError
from app.central.models import Assignment, RulePack, Transcript, TranscriptReturn
from app.central.repository.accounts import user_by_name
from app.sync.messages import PackEnvelope
from app.versions import version_key


def assign_case(
    session: Session, username: str, case: dict, note: str, by: str, now: datetime
) -> Assignment:
    """Assigns (or re-sends, with updated case-file data) a case to an interviewer."""
    user = user_by_name(session, username)
    if user.role != "interviewer":
        raise AdminError(f"{username} is a {user.role}; cases are assigned to interviewers.")
    for key in ("id", "reference", "applicant"):
        if key not in case:
            raise AdminError(f"The case file needs '{key}'.")
    existing = session.scalar(
        select(Assignment).where(Assignment.case_id == case["id"], Assignment.user_id == user.id)
    )
    row = existing or Assignment(id=str(uuid.uuid4()), case_id=case["id"], user_id=user.id)
    row.reference = case["reference"]
    row.case_json = json.dumps(case, ensure_ascii=False, sort_keys=True)
    row.note, row.assigned_by, row.assigned_at, row.withdrawn_at = note, by, now, None
    session.add(row)
    return row


def assignments_for_user(session: Session, user_id: str) -> list[Assignment]:
    return list(
        session.scalars(
            select(Assignment)
            .where(Assignment.user_id == user_id, Assignment.withdrawn_at.is_(None))
            .order_by(Assignment.assigned_at)
        )
    )


def return_for_revision(
    session: Session,
    hearing_id: str,
    seal_version: int,
    comments: list[dict],
    by: str,
    now: datetime,
) -> TranscriptReturn:
    """A supervisor sends a received transcript back to its interviewer with comments."""
    transcript = session.scalar(
        select(Transcript).where(
            Transcript.hearing_id == hearing_id, Transcript.seal_version == seal_version
        )
    )
    if transcript is None:
        raise AdminError(f"No transcript {hearing_id} version {seal_version} was received.")
    row = TranscriptReturn(
        id=str(uuid.uuid4()),
        hearing_id=hearing_id,
        seal_version=seal_version,
        user_id=transcript.user_id,
        returned_by=by,
        returned_at=now,
        comments_json=json.dumps(comments, ensure_ascii=False),
    )
    transcript.review_state = "returned"
    session.add(row)
    return row


def open_returns_for_user(session: Session, user_id: str) -> list[tuple[TranscriptReturn, str]]:
    rows = session.execute(
        select(TranscriptReturn, Transcript.case_id)
        .join(
            Transcript,
            (Transcript.hearing_id == TranscriptReturn.hearing_id)
            & (Transcript.seal_version == TranscriptReturn.seal_version),
        )
        .where(TranscriptReturn.user_id == user_id, TranscriptReturn.resolved_at.is_(None))
        .order_by(TranscriptReturn.returned_at)
    ).all()
    return [(r, case_id) for r, case_id in rows]


def publish_pack(session: Session, envelope: PackEnvelope, now: datetime) -> RulePack:
    p = envelope.payload
    newest = latest_pack(session, p.pack_id)
    if newest is not None and version_key(p.version) <= version_key(newest.version):
        raise AdminError(
            f"Pack {p.pack_id} {p.version} is not newer than the published {newest.version}."
        )
    row = RulePack(
        pack_id=p.pack_id,
        version=p.version,
        published_at=now,
        envelope_json=envelope.model_dump_json(),
    )
    session.add(row)
    return row


def latest_pack(session: Session, pack_id: str) -> RulePack | None:
    rows = session.scalars(select(RulePack).where(RulePack.pack_id == pack_id)).all()
    return max(rows, key=lambda r: version_key(r.version), default=None)


def pack_updates(session: Session, installed: dict[str, str]) -> list[RulePack]:
    """The newest version of every pack that is newer than what the device has installed."""
    pack_ids = session.scalars(select(RulePack.pack_id).distinct()).all()
    updates = []
    for pack_id in sorted(pack_ids):
        newest = latest_pack(session, pack_id)
        have = installed.get(pack_id)
        if newest and (have is None or _newer(newest.version, have)):
            updates.append(newest)
    return updates


def _newer(candidate: str, installed: str) -> bool:
    # A version the device reports that is not one (version_key sorts it lowest): offer ours.
    return version_key(candidate) > version_key(installed)
