"""Synthetic transcript rows for the inbox's tests and benchmark, inserted directly (no
bundles signed): thousands in a second. The facts vary the way the inbox filters on them."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.central.models import REVIEW_STATES, Device, Office, Transcript, User, UserOffice

COUNTRIES = ("IRQ", "SYR", "AFG", "ERI", "IRN", "TUR")
INTERVIEWERS = ("Anna Berg", "Jonas Weber", "Leyla Demir", "Paul Richter", "Sofia Klein")


def seed_user(
    session: Session, office: Office, role: str, display_name: str, now: datetime, prefix: str
) -> User:
    """A user of ``office`` with a fresh user name starting with ``prefix`` (flushed)."""
    user = User(
        id=str(uuid.uuid4()),
        office_id=office.id,
        username=prefix + uuid.uuid4().hex[:8],
        display_name=display_name,
        role=role,
        created_at=now,
    )
    session.add(user)
    session.flush()
    return user


def seed_office(session: Session, name: str, now: datetime) -> tuple[Office, User, Device]:
    office = Office(id=str(uuid.uuid4()), name=name, created_at=now)
    session.add(office)
    session.flush()
    user = seed_user(session, office, "interviewer", "Seed Interviewer", now, "i-")
    device = Device(
        id=str(uuid.uuid4()),
        user_id=user.id,
        public_key=uuid.uuid4().hex * 2,
        key_id=uuid.uuid4().hex[:16],
        name="seed laptop",
        enrolled_at=now,
    )
    session.add(device)
    session.flush()
    return office, user, device


def seed_transcripts(
    session: Session, office: Office, user: User, device: Device, count: int, seed: int = 1
) -> None:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(count):
        received = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 300))
        rows.append(
            {
                "hearing_id": str(uuid.uuid4()),
                "seal_version": 1,
                "case_id": str(uuid.uuid4()),
                "device_id": device.id,
                "user_id": user.id,
                "office_id": office.id,
                "content_hash": "0" * 64,
                "bundle_json": "{}",
                "receipt_json": "{}",
                "received_at": received,
                "review_state": rng.choice(REVIEW_STATES),
                "country_of_origin": rng.choice(COUNTRIES),
                "hearing_date": (received - timedelta(days=rng.randrange(0, 5))).date().isoformat(),
                "reference": f"{rng.randrange(1000000, 9999999)}-{n % 1000:03d}",
                "interviewer": rng.choice(INTERVIEWERS),
                "open_items": rng.choice((0, 0, 0, 1, 2, 3)),
                "dismissed_contradictions": rng.choice((0, 0, 0, 0, 1, 2)),
            }
        )
        if len(rows) == 2000:
            session.execute(insert(Transcript), rows)
            rows = []
    if rows:
        session.execute(insert(Transcript), rows)


def assign(session: Session, user: User, *offices: Office) -> None:
    for office in offices:
        session.add(UserOffice(user_id=user.id, office_id=office.id))


def seed_two_offices(session: Session, total: int, now: datetime) -> tuple[User, list[str]]:
    """Bonn and Köln with ``total`` transcripts between them, and a supervisor of both (for
    the benchmarks): the supervisor and the two office ids."""
    bonn = seed_office(session, "Bonn", now)
    koeln = seed_office(session, "Köln", now)
    seed_transcripts(session, *bonn, total // 2, seed=1)
    seed_transcripts(session, *koeln, total // 2, seed=2)
    user = seed_user(session, bonn[0], "supervisor", "Bench", now, "bench-supervisor-")
    assign(session, user, bonn[0], koeln[0])
    return user, [bonn[0].id, koeln[0].id]
