"""Sign-in of supervisors: Argon2id passwords, server-side sessions, CSRF on every form,
throttling, sign-out, idle timeout, security headers."""

from __future__ import annotations

import httpx
import pytest

from app.central.web.security import CSP
from tests.central.web.conftest import PASSWORD, create_supervisor, csrf_of, execute, sign_in

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _attempt(client: httpx.Client, username: str, password: str) -> httpx.Response:
    form = client.get("/web/sign-in")
    return client.post(
        "/web/sign-in",
        data={"username": username, "password": password, "csrf_token": csrf_of(form.text)},
    )


def test_signing_in_opens_a_session_whose_cookie_is_http_only_and_strict(web_service, admin):
    create_supervisor(admin, "sigrid", "Bonn")
    client = httpx.Client(base_url=web_service.url)
    response = _attempt(client, "sigrid", PASSWORD)
    assert response.status_code == 303 and response.headers["location"] == "/web/inbox"
    cookie = next(c for c in response.headers.get_list("set-cookie") if "asa_session=" in c)
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/web" in cookie
    token = client.cookies.get("asa_session")
    # The database holds only a hash of the token, never the token itself.
    assert admin.scalar("SELECT count(*) FROM web_sessions WHERE token_hash = :t", t=token) == 0
    assert admin.scalar("SELECT password_hash FROM users WHERE username = 'sigrid'").startswith(
        "$argon2id$"
    )
    assert "Sigrid" in client.get("/web/inbox").text
    client.close()


def test_a_wrong_password_is_refused_and_named_in_german(web_service, admin):
    create_supervisor(admin, "wilma", "Bonn")
    client = httpx.Client(base_url=web_service.url)
    response = _attempt(client, "wilma", "not the password at all")
    assert response.status_code == 401
    assert "Benutzername oder Passwort ist nicht richtig" in response.text
    assert client.get("/web/inbox").status_code == 303  # still signed out
    # Interviewers (device users) cannot sign in to the pages at all.
    admin.interviewer("ingo", office="Bonn")
    assert _attempt(client, "ingo", PASSWORD).status_code == 401
    client.close()


def test_repeated_failures_throttle_the_account_even_with_the_right_password(web_service, admin):
    create_supervisor(admin, "theo", "Bonn")
    client = httpx.Client(base_url=web_service.url)
    for _ in range(5):
        assert _attempt(client, "theo", "guess number something").status_code == 401
    response = _attempt(client, "theo", PASSWORD)
    assert response.status_code == 429
    assert "Zu viele fehlgeschlagene Anmeldungen" in response.text
    client.close()


def test_one_client_guessing_many_accounts_is_throttled(web_service, admin):
    create_supervisor(admin, "clara", "Bonn")
    client = httpx.Client(base_url=web_service.url)
    for n in range(20):
        _attempt(client, f"nobody{n}", "some password guess")
    assert _attempt(client, "clara", PASSWORD).status_code == 429
    execute(admin, "DELETE FROM sign_in_failures")  # other tests share this client
    client.close()


def test_a_form_without_its_csrf_token_is_refused(web_service, admin):
    create_supervisor(admin, "cora", "Bonn")
    client = httpx.Client(base_url=web_service.url)
    client.get("/web/sign-in")
    response = client.post(
        "/web/sign-in", data={"username": "cora", "password": PASSWORD, "csrf_token": "forged"}
    )
    assert response.status_code == 403
    assert client.get("/web/inbox").status_code == 303
    signed_in = sign_in(web_service.url, "cora")
    # Sign-out without the session's token does nothing...
    assert signed_in.post("/web/sign-out", data={}).status_code == 403
    assert signed_in.get("/web/inbox").status_code == 200
    # ...with it, the session ends and its cookie no longer opens anything.
    token = signed_in.cookies.get("asa_session")
    csrf = csrf_of(signed_in.get("/web/inbox").text)
    assert signed_in.post("/web/sign-out", data={"csrf_token": csrf}).status_code == 303
    again = httpx.get(web_service.url + "/web/inbox", cookies={"asa_session": token})
    assert again.status_code == 303
    client.close()
    signed_in.close()


def test_an_idle_session_ends(web_service, admin):
    create_supervisor(admin, "ida", "Bonn")
    client = sign_in(web_service.url, "ida")
    assert client.get("/web/inbox").status_code == 200
    execute(
        admin,
        "UPDATE web_sessions SET last_seen_at = last_seen_at - interval '31 minutes' "
        "WHERE user_id = (SELECT id FROM users WHERE username = 'ida')",
    )
    response = client.get("/web/inbox")
    assert response.status_code == 303
    assert response.headers["location"].startswith("/web/sign-in")
    client.close()


def test_pages_carry_the_security_headers(web_service):
    response = httpx.get(web_service.url + "/web/sign-in")
    headers = response.headers
    assert headers["content-security-policy"] == CSP
    assert "frame-ancestors 'none'" in CSP and "unsafe-inline" not in CSP
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert "<script" not in response.text or 'src="' in response.text


def test_cookies_are_secure_unless_switched_off(tmp_path, database_url, service_key_path):
    from fastapi.testclient import TestClient

    from app.central.api import create_app
    from app.central.settings import ServiceSettings

    settings = ServiceSettings(database_url=database_url, service_key_path=service_key_path)
    assert settings.web_secure_cookies
    with TestClient(create_app(settings), base_url="https://testserver") as client:
        cookie = client.get("/web/sign-in").headers["set-cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie


def test_the_language_switches_to_english_and_back(web_service):
    client = httpx.Client(base_url=web_service.url, follow_redirects=True)
    assert "Anmelden" in client.get("/web/sign-in").text  # German by default
    page = client.get("/web/language/en", params={"next": "/web/sign-in"})
    assert "Sign in" in page.text and "Anmelden" not in page.text
    assert 'lang="en"' in page.text
    # Only our own pages as the place to go back to: no open redirect.
    away = client.get("/web/language/de", params={"next": "https://example.org/"})
    assert str(away.url).startswith(web_service.url + "/web/")
    client.close()
