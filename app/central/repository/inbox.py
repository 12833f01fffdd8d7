"""The supervisor's inbox: transcripts of their offices, filtered, sorted, paged by keyset.

Keyset, not OFFSET: a page starts after the (sort key, id) of the last row shown, so the
tenth-thousandth row costs an index seek like the first (bench/bench_inbox.py)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, literal, select, tuple_
from sqlalchemy.orm import Session

from app.central.models import REVIEW_STATES, Office, Transcript, User
from app.central.repository.review import office_ids_of, visible_transcripts

# The sort keys the inbox offers: name -> column. Each is NOT NULL, so (key, id) orders
# every row exactly once.
SORTS = {
    "received": Transcript.received_at,
    "hearing_date": Transcript.hearing_date,
    "interviewer": Transcript.interviewer,
    "country": Transcript.country_of_origin,
    "state": Transcript.review_state,
    "open_items": Transcript.open_items,
    "dismissed": Transcript.dismissed_contradictions,
    "reference": Transcript.reference,
}
PAGE_SIZE = 50


class BadFilter(ValueError):
    """A filter value the inbox cannot use; the message names the field."""


@dataclass(frozen=True)
class InboxQuery:
    state: str = ""
    office_id: str = ""
    interviewer: str = ""
    country: str = ""
    date_from: str = ""  # hearing date, ISO
    date_to: str = ""
    min_open_items: int = 0
    min_dismissed: int = 0
    sort: str = "received"
    descending: bool = True
    after: str = ""  # the cursor of the previous page's last row
    page_size: int = PAGE_SIZE

    def __post_init__(self) -> None:
        if self.state and self.state not in REVIEW_STATES:
            raise BadFilter(f"state: unknown state {self.state!r}")
        if self.sort not in SORTS:
            raise BadFilter(f"sort: unknown sort key {self.sort!r}")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise BadFilter(f"{name}: not a date (YYYY-MM-DD): {value!r}") from None
        if self.min_open_items < 0 or self.min_dismissed < 0:
            raise BadFilter("counts must not be negative")


@dataclass
class InboxPage:
    rows: list[tuple]  # (row with the Transcript's columns but bundle/receipt, office name)
    next_cursor: str | None
    counts: dict[str, int] = field(default_factory=dict)  # per state, under the other filters


def encode_cursor(value, row_id: int) -> str:
    plain = value.isoformat() if hasattr(value, "isoformat") else value
    raw = json.dumps([plain, row_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str):
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value, row_id = json.loads(raw)
        if not isinstance(row_id, int):
            raise ValueError
    except (ValueError, TypeError):
        raise BadFilter("after: not a cursor of this inbox") from None
    if sort == "received":
        from datetime import datetime

        try:
            value = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise BadFilter("after: not a cursor of this inbox") from None
    return value, row_id


# What the inbox shows of a transcript: plain rows, not ORM objects, and never the bundle.
_COLUMNS = [c for c in Transcript.__table__.columns if c.key not in ("bundle_json", "receipt_json")]


def _filtered(user: User, q: InboxQuery, with_state: bool, office_ids: list[str] | None = None):
    if office_ids is None:
        stmt = visible_transcripts(user)
    else:  # the caller loaded them with review.office_ids_of (one query fewer per page)
        stmt = select(Transcript).where(Transcript.office_id.in_(office_ids))
    stmt = stmt.where(Transcript.superseded.is_(False))  # each hearing once, newest version
    if q.office_id:
        stmt = stmt.where(Transcript.office_id == q.office_id)
    if with_state and q.state:
        stmt = stmt.where(Transcript.review_state == q.state)
    if q.interviewer:
        stmt = stmt.where(Transcript.interviewer == q.interviewer)
    if q.country:
        stmt = stmt.where(Transcript.country_of_origin == q.country.upper())
    if q.date_from:
        stmt = stmt.where(Transcript.hearing_date >= q.date_from)
    if q.date_to:
        stmt = stmt.where(Transcript.hearing_date <= q.date_to, Transcript.hearing_date != "")
    if q.min_open_items:
        stmt = stmt.where(Transcript.open_items >= q.min_open_items)
    if q.min_dismissed:
        stmt = stmt.where(Transcript.dismissed_contradictions >= q.min_dismissed)
    return stmt


def inbox_page(
    session: Session,
    user: User,
    q: InboxQuery,
    with_counts: bool = True,
    office_ids: list[str] | None = None,
) -> InboxPage:
    """One page. ``office_ids``: the user's offices from ``review.office_ids_of`` when the
    caller has them already; otherwise the query looks them up itself. Rows are plain
    (attribute access like a Transcript, without bundle and receipt)."""
    if office_ids is None:
        office_ids = office_ids_of(session, user)
    column = SORTS[q.sort]
    stmt = _filtered(user, q, with_state=True, office_ids=office_ids)
    if q.after:
        value, row_id = decode_cursor(q.after, q.sort)
        # A row comparison, which PostgreSQL answers with one index range scan.
        key, start = tuple_(column, Transcript.id), tuple_(literal(value), literal(row_id))
        stmt = stmt.where(key < start if q.descending else key > start)
    order = (column.desc(), Transcript.id.desc()) if q.descending else (column, Transcript.id)
    stmt = (
        stmt.with_only_columns(*_COLUMNS, Office.name.label("office_name"))
        .join(Office, Office.id == Transcript.office_id)
        .order_by(*order)
        .limit(q.page_size + 1)
    )
    rows = [(row, row.office_name) for row in session.execute(stmt)]
    next_cursor = None
    if len(rows) > q.page_size:
        rows = rows[: q.page_size]
        last = rows[-1][0]
        next_cursor = encode_cursor(getattr(last, column.key), last.id)
    counts = state_counts(session, user, q, office_ids) if with_counts else {}
    return InboxPage(rows, next_cursor, counts)


def state_counts(
    session: Session, user: User, q: InboxQuery, office_ids: list[str] | None = None
) -> dict[str, int]:
    """How many transcripts are in each state, under every filter but the state."""
    inner = _filtered(user, q, False, office_ids).with_only_columns(Transcript.review_state)
    sub = inner.subquery()
    result = {
        state: count
        for state, count in session.execute(
            select(sub.c.review_state, func.count()).group_by(sub.c.review_state)
        )
    }
    return {state: result.get(state, 0) for state in REVIEW_STATES}


def interviewers_of(session: Session, user: User) -> list[str]:
    """Interviewer names for the filter's choices (distinct over the user's offices)."""
    sub = visible_transcripts(user).with_only_columns(Transcript.interviewer).subquery()
    return list(session.scalars(select(sub.c.interviewer).distinct().order_by(sub.c.interviewer)))
