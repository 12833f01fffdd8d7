"""The exactly-once and refusal tests again, against the zero-setup service on SQLite: the
upload's statements differ by dialect (PostgreSQL writes transcript, anchor and audit events
in one statement and records the nonce with the device lookup; SQLite runs them one by one),
so both paths are held to the same behaviour."""

from __future__ import annotations

import pytest

from app.central.migrate import upgrade
from tests.central.test_refusals import *  # noqa: F403 - the same tests, collected here again
from tests.central.test_upload_exactly_once import *  # noqa: F403


@pytest.fixture(scope="module")
def database_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('central-sqlite') / 'central.db'}"
    upgrade(url)
    return url
