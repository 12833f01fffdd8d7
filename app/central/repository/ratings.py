"""Quality ratings in the manner of the EUAA Quality Assurance Tool: per transcript version,
each area rated correct / minor error / significant error / not applicable, with a reason.

A rating can be changed later: the row holds the current rating, and every change (and the
first rating) is written to the review audit trail (``review_events``) with who, when, the
new and the previous value, so the history is never lost. Summaries count ratings of the
viewer's offices only (``review.office_ids_of``), never anyone else's."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.central.models import (
    RATING_AREAS,
    RATING_VALUES,
    Office,
    QualityRating,
    ReviewEvent,
    Transcript,
    User,
)
from app.central.repository.review import office_ids_of, record_event

RATING_EVENTS = ("rated", "rating_changed")
NEEDS_REASON = ("minor", "significant")
REASON_MAX = 1000
GROUPINGS = ("office", "interviewer")


@dataclass(frozen=True)
class AreaRating:
    value: str
    reason: str = ""


def current_ratings(session: Session, transcript_id: int) -> dict[str, QualityRating]:
    rows = session.scalars(
        select(QualityRating).where(QualityRating.transcript_id == transcript_id)
    )
    return {row.area: row for row in rows}


def save_ratings(
    session: Session,
    user: User,
    transcript: Transcript,
    ratings: dict[str, AreaRating],
    now: datetime,
) -> list[str]:
    """Stores the areas whose value or reason changed; returns them. ``ratings`` has every
    area (a partial rating is refused: ValueError). Each change is one
    review event. The transcript row is locked first, so two supervisors saving at once
    are applied one after the other (each sees the other's rating as the previous one)."""
    if set(ratings) != set(RATING_AREAS):  # summary() counts versions by this
        raise ValueError(f"a rating covers every area: {sorted(RATING_AREAS)}")
    session.execute(select(Transcript.id).where(Transcript.id == transcript.id).with_for_update())
    have = current_ratings(session, transcript.id)
    changed = []
    for area in RATING_AREAS:
        new = ratings.get(area)
        if new is None:
            continue
        old = have.get(area)
        if old is not None and (old.value, old.reason) == (new.value, new.reason):
            continue
        details = {"area": area, "value": new.value, "reason": new.reason}
        if old is None:
            session.add(
                QualityRating(
                    transcript_id=transcript.id,
                    area=area,
                    value=new.value,
                    reason=new.reason,
                    rater_id=user.id,
                    rated_at=now,
                )
            )
            action = "rated"
        else:
            details |= {"previous_value": old.value, "previous_reason": old.reason}
            old.value, old.reason, old.rater_id, old.rated_at = (
                new.value,
                new.reason,
                user.id,
                now,
            )
            action = "rating_changed"
        record_event(session, user, action, now, transcript.id, details)
        changed.append(area)
    return changed


@dataclass(frozen=True)
class RatingChange:
    at: datetime
    by: str  # display name
    area: str
    value: str
    reason: str
    previous_value: str | None


def rating_history(session: Session, transcript_id: int) -> list[RatingChange]:
    """Every rating and change of this transcript version, newest first."""
    rows = session.execute(
        select(ReviewEvent, User.display_name)
        .join(User, User.id == ReviewEvent.user_id)
        .where(ReviewEvent.transcript_id == transcript_id)
        .where(ReviewEvent.action.in_(RATING_EVENTS))
        .order_by(ReviewEvent.at.desc(), ReviewEvent.id.desc())
    ).all()
    history = []
    for event, name in rows:
        details = json.loads(event.details_json)
        history.append(
            RatingChange(
                event.at,
                name,
                details.get("area", ""),
                details.get("value", ""),
                details.get("reason", ""),
                details.get("previous_value"),
            )
        )
    return history


# --- summaries ------------------------------------------------------------------------------


class BadPeriod(ValueError):
    """A summary filter the page cannot use; the message names the field."""

    def __init__(self, field_name: str, value: str) -> None:
        super().__init__(f"{field_name}: {value!r}")
        self.field_name = field_name
        self.value = value


class NotYourOffice(LookupError):
    """The office asked for is not one of the viewer's (reads as "not found")."""


@dataclass(frozen=True)
class SummaryQuery:
    by: str = "office"  # GROUPINGS
    office_id: str = ""  # "" = all the viewer's offices
    date_from: str = ""  # hearing date, ISO
    date_to: str = ""

    def __post_init__(self) -> None:
        if self.by not in GROUPINGS:
            raise BadPeriod("by", self.by)
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise BadPeriod(name, value) from None
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise BadPeriod("date_to", self.date_to)


@dataclass
class Counts:
    """Ratings per value, and how many transcript versions they came from."""

    values: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RATING_VALUES, 0))
    versions: int = 0

    @property
    def applicable(self) -> int:
        return sum(n for value, n in self.values.items() if value != "not_applicable")

    def share(self, value: str) -> float:
        """Share of the applicable ratings (0..1); not-applicable ones are left out."""
        return self.values[value] / self.applicable if self.applicable else 0.0


@dataclass
class SummaryGroup:
    key: str
    label: str  # office name, or the interviewer's name
    office: str  # the office's name (for an interviewer: where the transcripts were made)
    total: Counts = field(default_factory=Counts)
    areas: dict[str, Counts] = field(default_factory=lambda: {a: Counts() for a in RATING_AREAS})


@dataclass
class Summary:
    groups: list[SummaryGroup]
    areas: dict[str, Counts]  # all groups together, per area
    total: Counts


def _period_filter(query: SummaryQuery, office_ids: list[str]) -> list:
    wheres = [Transcript.office_id.in_(office_ids)]
    if query.date_from or query.date_to:
        wheres.append(Transcript.hearing_date != "")
    if query.date_from:
        wheres.append(Transcript.hearing_date >= query.date_from)
    if query.date_to:
        wheres.append(Transcript.hearing_date <= query.date_to)
    return wheres


def summary(session: Session, user: User, query: SummaryQuery) -> Summary:
    """Counts of ratings per office or interviewer (and per area) over hearings in the
    period, of the viewer's offices only."""
    mine = office_ids_of(session, user)
    if query.office_id and query.office_id not in mine:
        raise NotYourOffice(query.office_id)
    offices = [query.office_id] if query.office_id else mine
    # The group's key: the office, or the interviewer in one office ("user/office").
    keys = [Office.id] if query.by == "office" else [User.id, Office.id]
    label = Office.name if query.by == "office" else User.display_name
    wheres = _period_filter(query, offices)

    # One grouped scan. (transcript, area) is unique, so a (group, area)'s rows are its
    # rated versions; every saved rating covers all areas (save_ratings refuses partial ones),
    # so a group's versions are those of its most-rated area.
    per_value = (
        select(*keys, label, Office.name, QualityRating.area, QualityRating.value, func.count())
        .select_from(QualityRating)
        .join(Transcript, Transcript.id == QualityRating.transcript_id)
        .join(Office, Office.id == Transcript.office_id)
        .join(User, User.id == Transcript.user_id)
        .where(*wheres)
        .group_by(*keys, label, Office.name, QualityRating.area, QualityRating.value)
    )
    groups: dict[str, SummaryGroup] = {}
    result = Summary([], {a: Counts() for a in RATING_AREAS}, Counts())
    for *key_parts, group_label, office, area, value, n in session.execute(per_value):
        group_key = "/".join(key_parts)
        group = groups.setdefault(group_key, SummaryGroup(group_key, group_label, office))
        if area not in RATING_AREAS or value not in RATING_VALUES:
            continue  # a value a later version may add: not counted here
        for counts in (group.total, group.areas[area], result.areas[area], result.total):
            counts.values[value] += n
        group.areas[area].versions += n
        result.areas[area].versions += n
    for group in groups.values():  # a version lies in one office and has one interviewer
        group.total.versions = max(c.versions for c in group.areas.values())
        result.total.versions += group.total.versions
    result.groups = sorted(groups.values(), key=lambda g: (g.label.casefold(), g.office))
    return result


@dataclass(frozen=True)
class RatingRow:
    office: str
    interviewer: str
    reference: str
    seal_version: int
    hearing_date: str
    area: str
    value: str
    reason: str
    rated_by: str
    rated_at: datetime


def rating_rows(session: Session, user: User, query: SummaryQuery) -> list[RatingRow]:
    """Every current rating behind the summary (same offices and period), one per area, by
    office, interviewer, hearing date and reference."""
    mine = office_ids_of(session, user)
    if query.office_id and query.office_id not in mine:
        raise NotYourOffice(query.office_id)
    rater = aliased(User)
    statement = (
        select(
            Office.name,
            User.display_name,
            Transcript.reference,
            Transcript.seal_version,
            Transcript.hearing_date,
            QualityRating.area,
            QualityRating.value,
            QualityRating.reason,
            rater.display_name,
            QualityRating.rated_at,
        )
        .select_from(QualityRating)
        .join(Transcript, Transcript.id == QualityRating.transcript_id)
        .join(Office, Office.id == Transcript.office_id)
        .join(User, User.id == Transcript.user_id)
        .join(rater, rater.id == QualityRating.rater_id)
        .where(*_period_filter(query, [query.office_id] if query.office_id else mine))
    )
    order = {area: n for n, area in enumerate(RATING_AREAS)}
    rows = [RatingRow(*row) for row in session.execute(statement)]
    return sorted(  # areas in the form's order within each version
        rows,
        key=lambda r: (
            r.office,
            r.interviewer,
            r.hearing_date,
            r.reference,
            r.seal_version,
            order.get(r.area, 99),
        ),
    )
