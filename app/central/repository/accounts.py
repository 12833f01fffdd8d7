"""Offices, users and one-time enrolment codes."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.central.errors import AdminError
from app.central.models import EnrolmentCode, Office, User, UserOffice

ROLES = ("interviewer", "supervisor", "admin")
WEB_ROLES = ("supervisor", "admin")  # who may sign in to the pages
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone


def create_office(session: Session, name: str, now: datetime) -> Office:
    if session.scalar(select(Office).where(Office.name == name)):
        raise AdminError(f"An office named {name!r} already exists.")
    office = Office(id=str(uuid.uuid4()), name=name, created_at=now)
    session.add(office)
    return office


def office_by_name(session: Session, name: str) -> Office:
    office = session.scalar(select(Office).where(Office.name == name))
    if office is None:
        raise AdminError(f"There is no office named {name!r}; create it with create-office.")
    return office


def create_user(
    session: Session, office_name: str, username: str, display_name: str, role: str, now: datetime
) -> User:
    if role not in ROLES:
        raise AdminError(f"Role must be one of {', '.join(ROLES)}.")
    office = office_by_name(session, office_name)
    check_username_free(session, username)
    user = User(
        id=str(uuid.uuid4()),
        office_id=office.id,
        username=username,
        display_name=display_name or username,
        role=role,
        created_at=now,
    )
    session.add(user)
    if role in WEB_ROLES:
        session.flush()
        session.add(UserOffice(user_id=user.id, office_id=office.id))
    return user


def assign_offices(session: Session, username: str, office_names: list[str]) -> User:
    """Adds offices a supervisor reviews (their own office is always among them)."""
    user = user_by_name(session, username)
    if user.role not in WEB_ROLES:
        raise AdminError(f"{username!r} is an {user.role}; only supervisors review offices.")
    have = set(session.scalars(select(UserOffice.office_id).where(UserOffice.user_id == user.id)))
    for name in office_names:
        office = office_by_name(session, name)
        if office.id not in have:
            session.add(UserOffice(user_id=user.id, office_id=office.id))
            have.add(office.id)
    return user


def set_password(session: Session, username: str, password: str) -> User:
    from app.central.web.passwords import check_strength, hash_password

    user = user_by_name(session, username)
    if user.role not in WEB_ROLES:
        raise AdminError(
            f"{username!r} is an {user.role}; only supervisors and administrators sign in "
            "to the pages."
        )
    problem = check_strength(password)
    if problem:
        raise AdminError(problem)
    user.password_hash = hash_password(password)
    return user


def check_username_free(session: Session, username: str) -> None:
    if session.scalar(select(User).where(User.username == username)):
        raise AdminError(f"A user named {username!r} already exists.")


def password_problem(password: str) -> str | None:
    from app.central.web.passwords import check_strength

    return check_strength(password)


def user_by_name(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise AdminError(f"There is no user named {username!r}.")
    return user


def hash_code(code: str) -> str:
    """Codes are random (about 80 bits), so a plain SHA-256 is enough to keep them unusable
    if the database leaks; normalising lets people type them with or without dashes."""
    normalised = code.replace("-", "").replace(" ", "").upper()
    return hashlib.sha256(normalised.encode()).hexdigest()


def new_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def create_enrolment_code(
    session: Session, username: str, now: datetime, valid_for: timedelta
) -> tuple[str, datetime]:
    user = user_by_name(session, username)
    code = new_code()
    expires = now + valid_for
    session.add(
        EnrolmentCode(
            id=str(uuid.uuid4()),
            code_hash=hash_code(code),
            user_id=user.id,
            created_at=now,
            expires_at=expires,
        )
    )
    return code, expires


def find_code(session: Session, code: str) -> EnrolmentCode | None:
    return session.scalar(select(EnrolmentCode).where(EnrolmentCode.code_hash == hash_code(code)))


def claim_code(session: Session, code_id: str, device_id: str, now: datetime) -> bool:
    """Marks the code used for this device; False when another request used it first."""
    result = session.execute(
        update(EnrolmentCode)
        .where(EnrolmentCode.id == code_id, EnrolmentCode.used_at.is_(None))
        .values(used_at=now, device_id=device_id)
        .returning(EnrolmentCode.id)
    )
    return result.first() is not None
