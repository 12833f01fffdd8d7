"""Access by office: a supervisor sees and acts only on transcripts of their own offices.

ROUTES lists every page and action that takes a transcript id. Whoever adds a route adds it
here (the review page, comments, downloads, ratings, approve/return): each is then tried
with another office's transcript, a guessed id, no session, and device credentials."""

from __future__ import annotations

import httpx
import pytest

from app.central.models import RATING_AREAS
from app.sync.request_signing import signed_headers
from tests.central.web.conftest import csrf_of, sign_in

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

RATING_FORM = {f"{area}-value": "correct" for area in RATING_AREAS}

# (method, path with {id}, form fields besides the CSRF token)
ROUTES: list[tuple[str, str, dict[str, str]]] = [
    ("GET", "/web/transcripts/{id}", {}),
    # the review page's actions (issue 12.6); each leaves its own transcript usable for the
    # next: a comment, then downloads; approve/return come last on the own transcript
    ("POST", "/web/transcripts/{id}/comments", {"text": "Probe", "entry": "1"}),
    ("POST", "/web/transcripts/{id}/comments", {"text": "Probe"}),
    ("GET", "/web/transcripts/{id}/download/docx", {}),
    ("GET", "/web/transcripts/{id}/download/pdf", {}),
    ("GET", "/web/transcripts/{id}/rating", {}),
    ("POST", "/web/transcripts/{id}/rating", RATING_FORM),
    ("POST", "/web/transcripts/{id}/return", {"text": "Bitte überarbeiten."}),
    ("POST", "/web/transcripts/{id}/approve", {"checked": "yes"}),
]
# Pages that take an office id (summaries): another office's id is "not found".
OFFICE_ROUTES = [
    "/web/ratings?office={office}",
    "/web/ratings.csv?office={office}",
    "/web/ratings/details.csv?office={office}",
]
# Actions that close a transcript's review act on an own transcript of their own.
OWN_INDEX = {"/return": 1, "/approve": 2}


def _request(client: httpx.Client, method: str, path: str, form: dict, csrf: str):
    if method == "GET":
        return client.get(path)
    return client.request(method, path, data={**form, "csrf_token": csrf})


@pytest.mark.parametrize(("method", "path", "form"), ROUTES)
def test_another_offices_transcript_is_not_found(web_service, offices, admin, method, path, form):
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    csrf = csrf_of(client.get("/web/inbox").text)
    index = next((i for end, i in OWN_INDEX.items() if path.endswith(end)), 0)
    own = offices.transcripts["Bonn"][index]
    assert _request(client, method, path.format(id=own), form, csrf).status_code < 400
    for foreign in offices.transcripts["Köln"]:
        response = _request(client, method, path.format(id=foreign), form, csrf)
        assert response.status_code in (403, 404)
        for reference in offices.references["Köln"]:
            assert reference not in response.text
    top = max(offices.transcripts["Bonn"] + offices.transcripts["Köln"])
    for guessed in (0, -1, top + 1, top + 1000, 2**31 - 1):
        response = _request(client, method, path.format(id=guessed), form, csrf)
        assert response.status_code in (403, 404, 400)
    client.close()
    # Nothing was done to the other office's transcripts either.
    foreign = ",".join(map(str, offices.transcripts["Köln"]))
    assert (
        admin.scalar(f"SELECT count(*) FROM review_events WHERE transcript_id IN ({foreign})") == 0
    )
    assert (
        admin.scalar(f"SELECT count(*) FROM review_comments WHERE transcript_id IN ({foreign})")
        == 0
    )
    assert (
        admin.scalar(
            f"SELECT count(*) FROM transcripts WHERE id IN ({foreign}) AND review_state<>'received'"
        )
        == 0
    )


@pytest.mark.parametrize(("method", "path", "form"), ROUTES)
def test_without_a_session_no_route_answers_with_data(web_service, offices, method, path, form):
    anonymous = httpx.Client(base_url=web_service.url)
    target = path.format(id=offices.transcripts["Bonn"][0])
    response = _request(anonymous, method, target, form, "guessed")
    assert response.status_code in (303, 403)
    if response.status_code == 303:
        assert response.headers["location"].startswith("/web/sign-in")
    assert offices.references["Bonn"][0] not in response.text
    anonymous.close()


@pytest.mark.parametrize("path", OFFICE_ROUTES)
def test_another_offices_summary_is_not_found(web_service, offices, admin, path):
    koeln = offices.transcripts["Köln"][0]
    koeln_client = sign_in(web_service.url, offices.supervisors["Köln"])
    csrf = csrf_of(koeln_client.get(f"/web/transcripts/{koeln}/rating").text)
    reason = "Zeuge-K-" + offices.references["Köln"][0]
    form = {**RATING_FORM, "record-value": "minor", "record-reason": reason, "csrf_token": csrf}
    assert koeln_client.post(f"/web/transcripts/{koeln}/rating", data=form).status_code == 303
    koeln_client.close()
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    own = offices_id(web_service, offices, "Bonn")
    assert client.get(path.format(office=own)).status_code == 200
    for office in (offices_id(web_service, offices, "Köln"), "guessed", "", "' OR 1=1 --"):
        response = client.get(path.format(office=office))
        # No office named: all of the viewer's own offices, which are not Köln.
        assert response.status_code == (200 if office == "" else 404)
        assert "Köln" not in response.text and reason not in response.text
    anonymous = httpx.Client(base_url=web_service.url)
    response = anonymous.get(path.format(office=own))
    assert response.status_code == 303 and "Bonn" not in response.text
    anonymous.close()
    client.close()


def test_the_inbox_lists_only_the_supervisors_offices(web_service, offices):
    client = sign_in(web_service.url, offices.supervisors["Köln"])
    page = client.get("/web/inbox").text
    assert all(reference in page for reference in offices.references["Köln"])
    # The facts were taken from the uploaded bundles (app.central.review_facts).
    assert "<td>IRQ</td>" in page and "<td>anna</td>" in page and "Eingegangen" in page
    assert 'href="/web/inbox?state=received">Eingegangen <span class="count">2</span>' in page
    assert not any(reference in page for reference in offices.references["Bonn"])
    # Asking for another office by its id in the filter shows nothing of it either.
    bonn_id = offices_id(web_service, offices, "Bonn")
    page = client.get("/web/inbox", params={"office": bonn_id}).text
    assert not any(reference in page for reference in offices.references["Bonn"])
    client.close()


def offices_id(web_service, offices, name: str) -> str:
    client = sign_in(web_service.url, offices.supervisors[name])
    html = client.get("/web/inbox").text
    client.close()
    marker = html.split(f">{name}</option>")[0]
    return marker.rsplit('value="', 1)[1].split('"', 1)[0]


def test_device_credentials_cannot_use_the_pages(web_service, offices):
    source, _client = offices.devices["Bonn"]
    creds = source.device_credentials()
    # A validly signed device request to a page: the pages know only sessions, so the
    # request is sent to sign in and sees nothing.
    headers = signed_headers(creds.device_id, creds.private_key, "GET", "/web/inbox", b"")
    response = httpx.get(web_service.url + "/web/inbox", headers=headers)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/web/sign-in")
    assert offices.references["Bonn"][0] not in response.text


def test_a_supervisor_session_cannot_use_the_device_api(web_service, offices):
    client = sign_in(web_service.url, offices.supervisors["Bonn"])
    token = client.cookies.get("asa_session")
    for path in ("/v1/device", "/v1/returns", "/v1/assignments"):
        response = httpx.get(web_service.url + path, cookies={"asa_session": token})
        assert response.status_code == 401
        assert response.json()["error"]
    client.close()
