"""What a supervisor does to a transcript version: open it, comment, approve, return it.

The review states move received -> in_review (opened or commented) -> returned -> resent (a
new seal version arrives, set by the upload) -> approved; a move the table below does not
allow is refused with a sentence saying why (``ReviewRefused``), and nothing is changed.
Every action writes a row to ``review_events`` (who, when, what) in the same transaction.
Returning goes through ``downsync.return_for_revision``, the code path of
``asa central return-transcript``, so the device receives it on its next sync exactly as
it does today.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.central.models import ReviewComment, ReviewEvent, Transcript, User
from app.central.repository import downsync
from app.central.repository.review import record_event

# action -> the states it may start from, and the state it leaves (None: unchanged)
MOVES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "comment": (("received", "in_review", "resent"), None),
    "approve": (("received", "in_review", "resent"), "approved"),
    "return": (("received", "in_review", "resent"), "returned"),
}
COMMENT_LIMIT = 5000


class ReviewRefused(ValueError):
    """An action the transcript's state (or the input) does not allow. ``code`` and
    ``params`` name why; the pages turn them into a sentence in the reader's language."""

    def __init__(self, code: str, **params) -> None:
        super().__init__(code, params)
        self.code, self.params = code, params


def newest_version(session: Session, transcript: Transcript) -> int:
    return session.scalar(
        select(func.max(Transcript.seal_version)).where(
            Transcript.hearing_id == transcript.hearing_id
        )
    )


def _check(session: Session, transcript: Transcript, action: str) -> None:
    # The row is locked for the rest of the transaction, and its state read afresh: two
    # supervisors approving and returning at once are serialised, the second one refused.
    session.refresh(transcript, with_for_update=True)
    newest = newest_version(session, transcript)
    if transcript.seal_version < newest:
        raise ReviewRefused("superseded", version=transcript.seal_version, newest=newest)
    allowed, _target = MOVES[action]
    if transcript.review_state not in allowed:
        raise ReviewRefused("not_now", action=action, state=transcript.review_state)


def opened(session: Session, user: User, transcript: Transcript, now: datetime) -> None:
    """A supervisor opened the page: a received transcript is now in review."""
    if transcript.review_state == "received":
        transcript.review_state = "in_review"
        record_event(session, user, "review_started", now, transcript.id)


def add_comment(
    session: Session,
    user: User,
    transcript: Transcript,
    entry_number: int | None,
    text: str,
    now: datetime,
) -> ReviewComment:
    text = text.strip()
    if not text:
        raise ReviewRefused("empty")
    if len(text) > COMMENT_LIMIT:
        raise ReviewRefused("too_long", limit=COMMENT_LIMIT)
    _check(session, transcript, "comment")
    if entry_number is not None and entry_number not in entry_numbers(transcript):
        raise ReviewRefused("no_entry", number=entry_number)
    opened(session, user, transcript, now)
    comment = ReviewComment(
        transcript_id=transcript.id,
        entry_id=str(entry_number) if entry_number is not None else None,
        author_id=user.id,
        created_at=now,
        text=text,
    )
    session.add(comment)
    session.flush()
    record_event(
        session,
        user,
        "comment_added",
        now,
        transcript.id,
        {"comment_id": comment.id, "entry_number": entry_number},
    )
    return comment


def approve(session: Session, user: User, transcript: Transcript, now: datetime) -> None:
    _check(session, transcript, "approve")
    before = transcript.review_state
    transcript.review_state = "approved"
    record_event(session, user, "approved", now, transcript.id, {"from": before})


def return_for_revision(
    session: Session, user: User, transcript: Transcript, note: str, now: datetime
) -> None:
    """Back to the interviewer with this version's comments (and ``note`` on the whole)."""
    _check(session, transcript, "return")
    note = note.strip()
    if len(note) > COMMENT_LIMIT:
        raise ReviewRefused("too_long", limit=COMMENT_LIMIT)
    if note:
        add_comment(session, user, transcript, None, note, now)
    comments = comments_of(session, transcript.id)
    if not comments:
        raise ReviewRefused("no_comments")
    at = now.isoformat(timespec="seconds")
    sent = [  # the shape `asa central return-transcript` sends
        {
            "entry_number": int(c.entry_id) if c.entry_id else None,
            "text": c.text,
            "author": author.display_name,
            "at": at,
        }
        for c, author in comments
    ]
    before = transcript.review_state
    downsync.return_for_revision(
        session, transcript.hearing_id, transcript.seal_version, sent, user.display_name, now
    )  # by name, as the comments name their authors: the interviewer knows names
    record_event(
        session, user, "returned", now, transcript.id, {"from": before, "comments": len(sent)}
    )


def comments_of(session: Session, transcript_id: int) -> list[tuple[ReviewComment, User]]:
    return list(
        session.execute(
            select(ReviewComment, User)
            .join(User, User.id == ReviewComment.author_id)
            .where(ReviewComment.transcript_id == transcript_id)
            .order_by(ReviewComment.created_at, ReviewComment.id)
        ).tuples()
    )


def events_of(session: Session, transcript_ids: list[int]) -> list[tuple[ReviewEvent, User]]:
    return list(
        session.execute(
            select(ReviewEvent, User)
            .outerjoin(User, User.id == ReviewEvent.user_id)
            .where(ReviewEvent.transcript_id.in_(transcript_ids))
            .order_by(ReviewEvent.at, ReviewEvent.id)
        ).tuples()
    )


def entry_numbers(transcript: Transcript) -> set[int]:
    content = json.loads(transcript.bundle_json)["payload"]["content"]
    return {e["number"] for e in content.get("entries", [])}
