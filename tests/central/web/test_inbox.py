"""The inbox over many transcripts (real PostgreSQL): filters, sorting, keyset paging that
shows every row exactly once, the counts per state, and only the supervisor's offices."""

from __future__ import annotations

import uuid

import pytest

from app.central.devtools.inbox_seed import assign, seed_office, seed_transcripts, seed_user
from app.central.models import REVIEW_STATES, Transcript
from app.central.repository.inbox import SORTS, BadFilter, InboxQuery, inbox_page
from app.domain.clock import utcnow

pytestmark = pytest.mark.postgres

COUNT = 700


@pytest.fixture(scope="module")
def seeded(admin):
    """A supervisor of Essen and Trier (700 transcripts each), and Gera (not theirs)."""
    now = utcnow()
    with admin.sessions.begin() as s:
        mine = []
        for name, seed in (("Essen", 1), ("Trier", 2), ("Gera", 3)):
            office, user, device = seed_office(s, f"{name}-{uuid.uuid4().hex[:4]}", now)
            seed_transcripts(s, office, user, device, COUNT, seed=seed)
            mine.append(office)
        supervisor = seed_user(s, mine[0], "supervisor", "Sup", now, "sup-")
        assign(s, supervisor, mine[0], mine[1])
    return supervisor, mine


def all_pages(admin, user, **filters) -> list[Transcript]:
    shown, after = [], ""
    with admin.sessions.begin() as s:
        while True:
            page = inbox_page(s, user, InboxQuery(after=after, page_size=97, **filters), False)
            shown += [t for t, _office in page.rows]
            if page.next_cursor is None:
                return shown
            after = page.next_cursor


@pytest.mark.parametrize("sort", list(SORTS))
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_show_every_row_once_in_order(admin, seeded, sort, descending):
    user, offices = seeded
    shown = all_pages(admin, user, sort=sort, descending=descending)
    assert len(shown) == len({t.id for t in shown}) == 2 * COUNT
    assert {t.office_id for t in shown} == {offices[0].id, offices[1].id}  # never Gera
    column = SORTS[sort].key
    keys = [(getattr(t, column), t.id) for t in shown]
    assert keys == sorted(keys, reverse=descending)


def test_filters_narrow_the_rows_and_the_counts_follow(admin, seeded):
    user, offices = seeded
    every = all_pages(admin, user)
    wanted = [
        t
        for t in every
        if t.office_id == offices[1].id
        and t.country_of_origin == "SYR"
        and t.open_items >= 1
        and t.dismissed_contradictions >= 1
        and "2026-03-01" <= t.hearing_date <= "2026-08-31"
        and t.interviewer == "Leyla Demir"
    ]
    filters = dict(
        office_id=offices[1].id,
        country="syr",
        min_open_items=1,
        min_dismissed=1,
        date_from="2026-03-01",
        date_to="2026-08-31",
        interviewer="Leyla Demir",
    )
    shown = all_pages(admin, user, **filters)
    assert wanted and {t.id for t in shown} == {t.id for t in wanted}
    with admin.sessions.begin() as s:
        counts = inbox_page(s, user, InboxQuery(state="approved", **filters)).counts
        approved = inbox_page(s, user, InboxQuery(state="approved", **filters, page_size=1000))
    assert set(counts) == set(REVIEW_STATES)
    assert sum(counts.values()) == len(wanted)  # the counts ignore the state filter
    assert counts["approved"] == len(approved.rows)
    assert all(t.review_state == "approved" for t, _ in approved.rows)


def test_bad_filter_values_are_named(admin, seeded):
    user, _ = seeded
    with pytest.raises(BadFilter, match="date_from"):
        InboxQuery(date_from="yesterday")
    with pytest.raises(BadFilter, match="state"):
        InboxQuery(state="lost")
    with admin.sessions.begin() as s, pytest.raises(BadFilter, match="after"):
        inbox_page(s, user, InboxQuery(after="not-a-cursor"))


def test_another_offices_supervisor_sees_none_of_these(admin, seeded):
    _, offices = seeded
    with admin.sessions.begin() as s:
        # In Essen by record, but assigned to no office to review.
        stranger = seed_user(s, offices[0], "supervisor", "Stranger", utcnow(), "str-")
    assert all_pages(admin, stranger) == []
