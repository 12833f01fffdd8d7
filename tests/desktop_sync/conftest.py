"""Fixtures: the real encrypted store (tests/conftest.py) as the sync's source, and the real
central service on the real PostgreSQL (tests/central/conftest.py), reused as they are."""

from __future__ import annotations

import uuid

import pytest

from app.store.sync_source import StoreSyncSource
from app.sync.runner import enrol_device
from tests.central import conftest as central
from tests.central.conftest import make_client

# The central suite's fixtures, reused as they are (pytest finds fixtures by name here).
postgres = central.postgres
service_key_path = central.service_key_path
service_public_key = central.service_public_key
database_url = central.database_url
service = central.service
admin = central.admin


@pytest.fixture
def source(worker, tmp_path):
    return StoreSyncSource(worker, tmp_path / "packs")


@pytest.fixture
def enrolled(source, admin, service, service_public_key):
    """(source, client, username): the profile enrolled with its own device key."""
    username = "u" + uuid.uuid4().hex[:10]
    code = admin.interviewer(username)
    client = make_client(service.url, service_public_key)
    enrol_device(source, client, code, "test laptop", key=source.device_key())
    yield source, client, username
    client.close()
