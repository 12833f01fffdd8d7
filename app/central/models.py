"""The central service's tables (SQLAlchemy 2). Alembic migrations in ``migrations/`` create
them; keep the two in step (a test compares them).

Exactly-once rests on constraints, not on code paths: one row per (hearing, seal version), one
use per enrolment code, one use per request nonce, one anchor per (device, sequence number).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Office(Base):
    __tablename__ = "offices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # interviewer | supervisor | admin
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Argon2id (argon2-cffi's encoded form); only supervisors and administrators sign in to
    # the pages, interviewers authenticate with their device key.
    password_hash: Mapped[str | None] = mapped_column(String(200))


class UserOffice(Base):
    """The offices whose transcripts a supervisor reviews (one or several)."""

    __tablename__ = "user_offices"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"), primary_key=True)


class WebSession(Base):
    """A signed-in browser. Only the SHA-256 of the cookie's token is stored, so a leaked
    table signs nobody in; last_seen_at drives the idle timeout."""

    __tablename__ = "web_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class SignInFailure(Base):
    """Failed sign-ins, counted per account and per client to throttle guessing."""

    __tablename__ = "sign_in_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(100), index=True)
    client: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class EnrolmentCode(Base):
    __tablename__ = "enrolment_codes"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)  # never the code itself
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    device_id: Mapped[str | None] = mapped_column(String(36))


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    public_key: Mapped[str] = mapped_column(String(64), unique=True)
    key_id: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_reason: Mapped[str] = mapped_column(String(500), default="")
    # Loaded with the device in one query: every signed request needs both.
    user: Mapped[User] = relationship(lazy="joined", innerjoin=True)


class RequestNonce(Base):
    __tablename__ = "request_nonces"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class AuditAnchor(Base):
    __tablename__ = "audit_anchors"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))
    anchored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DeviceAuditEvent(Base):
    """The device's audit chain as far as it was anchored: later uploads are checked against
    it, so an event rewritten on the laptop after it was anchored is caught."""

    __tablename__ = "device_audit_events"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))
    hearing_id: Mapped[str | None] = mapped_column(String(36), index=True)
    event_json: Mapped[str] = mapped_column(Text)


class Transcript(Base):
    __tablename__ = "transcripts"
    __table_args__ = (UniqueConstraint("hearing_id", "seal_version", name="uq_transcript_version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hearing_id: Mapped[str] = mapped_column(String(36))
    seal_version: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    bundle_json: Mapped[str] = mapped_column(Text)  # exactly as signed by the device
    receipt_json: Mapped[str] = mapped_column(Text)  # returned again, byte for byte, on resend
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    review_state: Mapped[str] = mapped_column(String(20), default="received")
    # Facts of the bundle the inbox filters and sorts on (app.central.review_facts), copied
    # out at upload so the inbox never parses bundle JSON. hearing_date is an ISO date or ''.
    country_of_origin: Mapped[str] = mapped_column(String(3), server_default="")
    hearing_date: Mapped[str] = mapped_column(String(10), server_default="")
    reference: Mapped[str] = mapped_column(String(100), server_default="")
    interviewer: Mapped[str] = mapped_column(String(200), server_default="")
    open_items: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    dismissed_contradictions: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    # A newer version of the same hearing arrived: the inbox lists each hearing once, by its
    # newest version (the review page shows them all).
    superseded: Mapped[bool] = mapped_column(Boolean, server_default=false())

    # Keyset paging of the inbox: each sort key ends in id, so (key, id) is unique.
    __table_args__ = (
        *__table_args__,
        Index("ix_transcripts_inbox_received", "office_id", "received_at", "id"),
        # A supervisor of several offices: newest first across them, office checked per row.
        Index("ix_transcripts_inbox_recent", "received_at", "id"),
        Index("ix_transcripts_inbox_state", "office_id", "review_state", "received_at", "id"),
        Index("ix_transcripts_inbox_hearing", "office_id", "hearing_date", "id"),
    )


REVIEW_STATES = ("received", "in_review", "returned", "resent", "approved")
RATING_AREAS = (
    "preparation",
    "opening",
    "conducting",
    "substance",
    "credibility",
    "closing",
    "record",
)
RATING_VALUES = ("correct", "minor", "significant", "not_applicable")


class ReviewComment(Base):
    """A supervisor's comment on one transcript version, on one entry or on the whole."""

    __tablename__ = "review_comments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id"), index=True)
    entry_id: Mapped[str | None] = mapped_column(String(64))  # None: on the whole transcript
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)


class QualityRating(Base):
    """One area of the quality assessment of one transcript version (EUAA QAT manner)."""

    __tablename__ = "quality_ratings"
    __table_args__ = (UniqueConstraint("transcript_id", "area", name="uq_rating_area"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id"), index=True)
    area: Mapped[str] = mapped_column(String(20))  # RATING_AREAS
    value: Mapped[str] = mapped_column(String(20))  # RATING_VALUES
    reason: Mapped[str] = mapped_column(Text, server_default="")
    rater_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    rated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class ReviewEvent(Base):
    """The service's audit trail of review actions: who did what to which transcript, when."""

    __tablename__ = "review_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    transcript_id: Mapped[int | None] = mapped_column(ForeignKey("transcripts.id"), index=True)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    action: Mapped[str] = mapped_column(String(40))
    details_json: Mapped[str] = mapped_column(Text, server_default="{}")


class Assignment(Base):
    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("case_id", "user_id", name="uq_assignment_case_user"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    reference: Mapped[str] = mapped_column(String(100))
    case_json: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(String(1000), default="")
    assigned_by: Mapped[str] = mapped_column(String(100), default="")
    assigned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class TranscriptReturn(Base):
    __tablename__ = "transcript_returns"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hearing_id: Mapped[str] = mapped_column(String(36), index=True)
    seal_version: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    comments_json: Mapped[str] = mapped_column(Text)
    returned_by: Mapped[str] = mapped_column(String(100))
    returned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class RulePack(Base):
    __tablename__ = "rule_packs"
    pack_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[str] = mapped_column(String(50), primary_key=True)
    envelope_json: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
