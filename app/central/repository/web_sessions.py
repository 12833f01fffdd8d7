"""Signed-in browsers and failed sign-ins (the supervisor pages' side of the accounts)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from app.central.models import SignInFailure, User, WebSession
from app.central.repository import as_utc
from app.central.repository.accounts import WEB_ROLES

# Throttling: after this many failures in the window, sign-in is refused without checking
# the password, per account (guessing one password) and per client (spraying many accounts).
FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_CLIENT = 20


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def web_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username, User.role.in_(WEB_ROLES)))


def is_throttled(session: Session, username: str, client: str, now: datetime) -> bool:
    since = now - FAILURE_WINDOW
    per_account, per_client = session.execute(
        select(
            func.count().filter(SignInFailure.username == username),
            func.count().filter(SignInFailure.client == client),
        ).where(
            SignInFailure.at > since,
            or_(SignInFailure.username == username, SignInFailure.client == client),
        )
    ).one()
    return per_account >= MAX_FAILURES_PER_ACCOUNT or per_client >= MAX_FAILURES_PER_CLIENT


def record_failure(session: Session, username: str, client: str, now: datetime) -> None:
    session.add(SignInFailure(username=username[:100], client=client[:64], at=now))
    session.execute(delete(SignInFailure).where(SignInFailure.at < now - 2 * FAILURE_WINDOW))


def clear_failures(session: Session, username: str) -> None:
    session.execute(delete(SignInFailure).where(SignInFailure.username == username))


def open_session(session: Session, user: User, now: datetime) -> tuple[str, str]:
    """A new session: (cookie token, CSRF token). Only the token's hash is stored."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=token_hash(token),
            user_id=user.id,
            csrf_token=csrf,
            created_at=now,
            last_seen_at=now,
        )
    )
    return token, csrf


def touch_session(
    session: Session, token: str, now: datetime, idle: timedelta
) -> tuple[WebSession, User] | None:
    """The live session of this token (its last-seen time moved on), or None when there is
    none or it has been idle too long (then it is ended)."""
    row = session.get(WebSession, token_hash(token))
    if row is None:
        return None
    if as_utc(row.last_seen_at) < now - idle:
        session.delete(row)
        return None
    user = session.get(User, row.user_id)
    if user is None or user.role not in WEB_ROLES or user.password_hash is None:
        session.delete(row)
        return None
    row.last_seen_at = now
    return row, user


def live_session(
    session: Session, token: str, now: datetime, idle: timedelta
) -> tuple[WebSession, User] | None:
    """The live session of this token, read only (nothing moved on or ended): for pages such
    as the error page that may be drawn while the request's own transaction holds the row."""
    row = session.get(WebSession, token_hash(token))
    if row is None or as_utc(row.last_seen_at) < now - idle:
        return None
    user = session.get(User, row.user_id)
    if user is None or user.role not in WEB_ROLES or user.password_hash is None:
        return None
    return row, user


def close_session(session: Session, token: str) -> None:
    session.execute(delete(WebSession).where(WebSession.token_hash == token_hash(token)))


def end_idle_sessions(session: Session, now: datetime, idle: timedelta) -> None:
    session.execute(delete(WebSession).where(WebSession.last_seen_at < now - idle))


def new_csrf() -> str:
    return secrets.token_urlsafe(32)
