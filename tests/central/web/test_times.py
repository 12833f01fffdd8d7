"""The supervisor pages show times as the desktop does: in the office's time zone (issue 8.6's
rule, Europe/Berlin by default). The walk found the inbox and the review page in UTC — an hour
off the desktop's "received 14:27" for the same receipt — while the ratings page was local."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.clock import office_time
from tests.central.web.conftest import sign_in

pytestmark = pytest.mark.postgres


def _as_utc(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def test_inbox_and_review_page_show_the_offices_local_time(admin, web_service, offices):
    tid = offices.transcripts["Bonn"][0]
    received = _as_utc(admin.scalar("SELECT received_at FROM transcripts WHERE id=:i", i=tid))
    local = f"{office_time(received):%Y-%m-%d %H:%M}"
    utc = f"{received:%Y-%m-%d %H:%M}"
    assert local != utc  # Berlin is never UTC
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    inbox = client.get("/web/inbox").text
    assert local in inbox and utc not in inbox
    review = client.get(f"/web/transcripts/{tid}").text
    assert local in review and utc not in review
    client.close()
