"""Fixtures of the supervisor pages: the real service on a real PostgreSQL, two offices with
transcripts synced by real (enrolled, signing) devices, and supervisors of each office."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest
from sqlalchemy import select, text

from app.central.models import Office
from app.central.repository import accounts
from app.domain.clock import utcnow
from app.sync.runner import enrol_device, run_sync
from tests.central.conftest import make_client
from tests.central.harness import ServiceProcess
from tests.sync.json_store import JsonFileSource

PASSWORD = "correct horse battery staple"
# Plain http in tests: cookies without Secure (ASA_CENTRAL_WEB_INSECURE_COOKIES, never in
# production; test_sign_in checks the Secure default).
PLAIN_HTTP = {"ASA_CENTRAL_WEB_INSECURE_COOKIES": "1"}


@pytest.fixture(scope="module")
def web_service(database_url, service_key_path, tmp_path_factory) -> Iterator[ServiceProcess]:
    process = ServiceProcess(
        database_url, service_key_path, tmp_path_factory.mktemp("log"), env=PLAIN_HTTP
    )
    process.start()
    yield process
    process.stop()


@dataclass
class Offices:
    """Bonn and Köln, each with an interviewer's synced transcripts and a supervisor."""

    transcripts: dict[str, list[int]] = field(default_factory=dict)  # office -> ids
    references: dict[str, list[str]] = field(default_factory=dict)
    supervisors: dict[str, str] = field(default_factory=dict)  # office -> username
    devices: dict[str, tuple] = field(default_factory=dict)  # office -> (source, client)


def create_supervisor(admin, username: str, office: str, role: str = "supervisor") -> None:
    with admin.sessions.begin() as s:
        if s.scalar(select(Office).where(Office.name == office)) is None:
            accounts.create_office(s, office, utcnow())
    with admin.sessions.begin() as s:
        accounts.create_user(s, office, username, username.title(), role, utcnow())
        s.flush()
        accounts.set_password(s, username, PASSWORD)


@pytest.fixture(scope="module")
def offices(admin, web_service, service_public_key, tmp_path_factory) -> Iterator[Offices]:
    result = Offices()
    for office, count in (("Bonn", 3), ("Köln", 2)):
        tag = uuid.uuid4().hex[:6]
        code = admin.interviewer(f"i{tag}", office=office)
        source = JsonFileSource(tmp_path_factory.mktemp("device") / "store.json")
        client = make_client(web_service.url, service_public_key)
        enrol_device(source, client, code, f"laptop {office}")
        references = [f"{office[:1]}{tag}{n}-438" for n in range(count)]
        for reference in references:
            source.seal_new(reference=reference)
        assert run_sync(source, client).sent == count
        result.references[office] = references
        result.transcripts[office] = [
            admin.scalar(
                "SELECT id FROM transcripts WHERE bundle_json LIKE :r", r=f'%"{reference}"%'
            )
            for reference in references
        ]
        result.supervisors[office] = f"s{tag}"
        create_supervisor(admin, f"s{tag}", office)
        result.devices[office] = (source, client)
    yield result
    for _source, client in result.devices.values():
        client.close()


def execute(admin, sql: str, **params) -> None:
    """A statement committed at once (Admin.scalar only reads)."""
    with admin.engine.begin() as conn:
        conn.execute(text(sql), params)


CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = CSRF.search(html)
    assert match, "the page has no form with a CSRF token"
    return match.group(1)


def sign_in(base_url: str, username: str, password: str = PASSWORD) -> httpx.Client:
    """A browser-like client signed in as ``username`` (cookies kept)."""
    client = httpx.Client(base_url=base_url, timeout=10)
    form = client.get("/web/sign-in")
    response = client.post(
        "/web/sign-in",
        data={"username": username, "password": password, "csrf_token": csrf_of(form.text)},
    )
    assert response.status_code == 303, response.text[:500]
    return client
