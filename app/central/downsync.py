"""Down-sync answers for an authenticated device, as protocol messages."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.central.models import Office, User
from app.central.repository import as_utc
from app.central.repository import downsync as repo
from app.central.repository.devices import RequestDevice, latest_anchor
from app.sync.messages import (
    Assignment,
    CaseFile,
    PackEnvelope,
    ReturnForRevision,
    ReviewComment,
)


def _iso(moment: datetime) -> str:
    return as_utc(moment).isoformat(timespec="microseconds")


def device_status(session: Session, device: RequestDevice, _body: bytes, _now: datetime) -> dict:
    user = session.get(User, device.user_id)
    office = session.get(Office, user.office_id)
    anchor = latest_anchor(session, device.id)
    head: dict[str, Any] | None = {"seq": anchor.seq, "hash": anchor.hash} if anchor else None
    return {
        "device_id": device.id,
        "user": user.username,
        "office": office.name,
        "role": user.role,
        "audit_head": head,
    }


def assignments(session: Session, device: RequestDevice, _body: bytes, _now: datetime) -> list:
    out = []
    for row in repo.assignments_for_user(session, device.user_id):
        case = json.loads(row.case_json)
        out.append(
            Assignment(
                assignment_id=row.id,
                case=CaseFile(
                    id=case["id"],
                    reference=case["reference"],
                    applicant=case["applicant"],
                    case_file=case.get("case_file", {}),
                ),
                assigned_at=_iso(row.assigned_at),
                assigned_by=row.assigned_by,
                note=row.note,
            )
        )
    return out


def returns(session: Session, device: RequestDevice, _body: bytes, _now: datetime) -> list:
    out = []
    for row, case_id in repo.open_returns_for_user(session, device.user_id):
        comments = [ReviewComment(**c) for c in json.loads(row.comments_json)]
        out.append(
            ReturnForRevision(
                return_id=row.id,
                hearing_id=row.hearing_id,
                case_id=case_id,
                seal_version=row.seal_version,
                comments=comments,
                returned_by=row.returned_by,
                returned_at=_iso(row.returned_at),
            )
        )
    return out


def pack_updates(session: Session, installed: dict[str, str]) -> list[PackEnvelope]:
    return [
        PackEnvelope.model_validate_json(row.envelope_json)
        for row in repo.pack_updates(session, installed)
    ]
