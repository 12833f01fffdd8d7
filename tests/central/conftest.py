"""Fixtures: a real PostgreSQL for the session, real service processes on loopback."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.central.devtools.pgserver import PostgresServer, PostgresUnavailable
from app.central.migrate import upgrade
from app.sync.client import SyncClient
from app.sync.keys import generate_private_key, load_private_key, write_private_key
from app.sync.retry import RetryPolicy
from app.sync.runner import enrol_device
from tests.central.harness import Admin, ServiceProcess
from tests.sync.json_store import JsonFileSource


@pytest.fixture(scope="session")
def postgres(tmp_path_factory) -> Iterator[PostgresServer]:
    try:
        server = PostgresServer(tmp_path_factory.mktemp("postgres")).start()
    except PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def service_key_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "service-key.pem"
    write_private_key(path, generate_private_key())
    return path


@pytest.fixture(scope="session")
def service_public_key(service_key_path):
    return load_private_key(service_key_path).public_key()


@pytest.fixture(scope="module")
def database_url(postgres) -> str:
    """A database of its own for each test module, migrated like production."""
    url = postgres.create_database("t_" + uuid.uuid4().hex[:12])
    upgrade(url)
    return url


@pytest.fixture(scope="module")
def service(database_url, service_key_path, tmp_path_factory) -> Iterator[ServiceProcess]:
    process = ServiceProcess(database_url, service_key_path, tmp_path_factory.mktemp("log"))
    process.start()
    yield process
    process.stop()


@pytest.fixture(scope="module")
def admin(database_url) -> Iterator[Admin]:
    helper = Admin(database_url)
    yield helper
    helper.close()


FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.05, max_delay=0.2)


def make_client(url: str, service_public_key, **kwargs) -> SyncClient:
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("timeout", 5.0)
    return SyncClient(url, service_public_key, **kwargs)


@pytest.fixture
def enrolled(tmp_path, admin, service, service_public_key):
    """A fresh interviewer with an enrolled device: (source, client)."""
    username = "u" + uuid.uuid4().hex[:10]
    code = admin.interviewer(username)
    source = JsonFileSource(tmp_path / "store.json")
    client = make_client(service.url, service_public_key)
    enrol_device(source, client, code, "test laptop")
    yield source, client
    client.close()
