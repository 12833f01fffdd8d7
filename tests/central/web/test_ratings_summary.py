"""The rating summaries' counts against a plain count of what was rated (real PostgreSQL,
hundreds of synthetic transcripts): per office and per interviewer, inside a period only,
the current rating of a changed area only, and never another office's."""

from __future__ import annotations

import random
import uuid
from collections import Counter

import pytest
from sqlalchemy import select, update

from app.central.devtools.inbox_seed import assign, seed_office, seed_transcripts, seed_user
from app.central.models import RATING_AREAS, RATING_VALUES, Transcript
from app.central.repository.ratings import (
    AreaRating,
    BadPeriod,
    NotYourOffice,
    SummaryQuery,
    save_ratings,
    summary,
)
from app.domain.clock import utcnow

pytestmark = pytest.mark.postgres

FROM, TO = "2026-03-01", "2026-08-31"


@pytest.fixture(scope="module")
def rated(admin):
    """Essen (two interviewers) and Trier are the supervisor's, Gera is not; about half of
    the transcripts rated at random, some areas rated twice."""
    rng = random.Random(12)
    now = utcnow()
    expected: dict[tuple[str, str], Counter] = {}  # (by, key) -> Counter of values
    versions: dict[tuple[str, str], set[int]] = {}
    with admin.sessions.begin() as s:
        offices, users = [], []
        for name, seed in (("Essen", 1), ("Trier", 2), ("Gera", 3)):
            office, user, device = seed_office(s, f"{name}-{uuid.uuid4().hex[:4]}", now)
            seed_transcripts(s, office, user, device, 150, seed=seed)
            offices.append(office)
            users.append(user)
        second = seed_user(s, offices[0], "interviewer", "Second Interviewer", now, "i2-")
        ids = s.scalars(
            select(Transcript.id)
            .where(Transcript.office_id == offices[0].id)
            .order_by(Transcript.id)
        ).all()
        s.execute(update(Transcript).where(Transcript.id.in_(ids[::2])).values(user_id=second.id))
        supervisor = seed_user(s, offices[0], "supervisor", "Sup", now, "sup-")
        assign(s, supervisor, offices[0], offices[1])
        for transcript in s.scalars(
            select(Transcript).where(Transcript.office_id.in_([o.id for o in offices]))
        ):
            if rng.random() < 0.5:
                continue
            given = {a: AreaRating(rng.choice(RATING_VALUES), "r") for a in RATING_AREAS}
            save_ratings(s, supervisor, transcript, given, now)
            if rng.random() < 0.3:  # changed later: only the new value counts
                given["credibility"] = AreaRating(rng.choice(RATING_VALUES), "changed")
                save_ratings(s, supervisor, transcript, given, now)
            if transcript.office_id == offices[2].id:
                continue
            if not (FROM <= transcript.hearing_date <= TO):
                continue
            for by, key in (
                ("office", transcript.office_id),
                ("interviewer", f"{transcript.user_id}/{transcript.office_id}"),
            ):
                expected.setdefault((by, key), Counter()).update(g.value for g in given.values())
                versions.setdefault((by, key), set()).add(transcript.id)
    return supervisor, offices, expected, versions


@pytest.mark.parametrize("by", ["office", "interviewer"])
def test_the_summary_counts_what_was_rated_in_the_period(admin, rated, by):
    supervisor, offices, expected, versions = rated
    with admin.sessions.begin() as s:
        result = summary(s, supervisor, SummaryQuery(by=by, date_from=FROM, date_to=TO))
    got = {(by, g.key): dict(g.total.values) for g in result.groups}
    want = {
        key: {v: counts[v] for v in RATING_VALUES}
        for key, counts in expected.items()
        if key[0] == by
    }
    assert got == want
    assert len(got) == (2 if by == "office" else 3)
    assert {(by, g.key): g.total.versions for g in result.groups} == {
        key: len(ids) for key, ids in versions.items() if key[0] == by
    }
    assert all(offices[2].name != g.office for g in result.groups)
    assert result.total.versions == sum(len(v) for k, v in versions.items() if k[0] == by)
    assert sum(c.values["correct"] for c in result.areas.values()) == sum(
        w["correct"] for w in want.values()
    )


def test_one_office_and_refusals(admin, rated):
    supervisor, offices, _expected, _versions = rated
    with admin.sessions.begin() as s:
        one = summary(
            s, supervisor, SummaryQuery(office_id=offices[1].id, date_from=FROM, date_to=TO)
        )
        assert [g.key for g in one.groups] == [offices[1].id]
        with pytest.raises(NotYourOffice):
            summary(s, supervisor, SummaryQuery(office_id=offices[2].id))
        transcript = s.scalar(select(Transcript).where(Transcript.office_id == offices[1].id))
        with pytest.raises(ValueError, match="every area"):  # the counts rely on it
            save_ratings(s, supervisor, transcript, {"opening": AreaRating("correct")}, utcnow())
    for bad in ({"by": "country"}, {"date_from": "1.3.2026"}, {"date_from": TO, "date_to": FROM}):
        with pytest.raises(BadPeriod):
            SummaryQuery(**bad)
