"""The error page of the supervisor pages: in the reader's language, with the navigation and
sign-out while signed in, also for a malformed value in a page's address; the device API
keeps its JSON refusals."""

from __future__ import annotations

import httpx
import pytest

from tests.central.web.conftest import sign_in

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_a_missing_page_keeps_the_navigation_and_the_sign_out(web_service, offices):
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    page = client.get("/web/transcripts/999999999")
    assert page.status_code == 404
    assert "<h1>Nicht gefunden</h1>" in page.text
    assert 'href="/web/inbox"' in page.text and 'href="/web/ratings"' in page.text
    assert "Abmelden</button>" in page.text
    client.close()


def test_a_malformed_address_gets_the_html_error_page_in_the_readers_language(web_service, offices):
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    for path in ("/web/transcripts/abc", "/web/transcripts/abc/rating", "/web/inbox?open_items=x"):
        page = client.get(path)
        assert page.status_code == 400, path
        assert page.headers["content-type"].startswith("text/html"), path
        assert "Die Anfrage konnte nicht ausgeführt werden" in page.text, path
        assert "Abmelden</button>" in page.text
    client.cookies.set("asa_lang", "en", path="/web")
    page = client.get("/web/transcripts/abc")
    assert page.status_code == 400 and "The request could not be completed" in page.text
    client.close()
    # Not signed in: the same page, without a session's navigation.
    anonymous = httpx.get(web_service.url + "/web/transcripts/abc")
    assert anonymous.status_code == 400 and "Abmelden" not in anonymous.text


def test_the_device_api_keeps_its_json_refusal(web_service):
    response = httpx.post(web_service.url + "/v1/enrol", json={})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "invalid_request" and body["details"]
