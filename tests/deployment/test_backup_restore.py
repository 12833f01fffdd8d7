# ruff: noqa: F811  (the fixtures imported from tests/central/conftest.py are arguments here)
"""Backup and restore of the central service's database, as docs/deployment.md tells IT to do
it: pg_dump of a database with synced transcripts, restored into a fresh database; the service
starts on the copy and `asa central verify-store` finds every transcript intact; a row changed
behind the service's back is named."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app.sync.runner import run_sync
from tests.central.conftest import (  # noqa: F401 - fixtures: PostgreSQL, keys, service, admin
    admin,
    database_url,
    enrolled,
    make_client,
    postgres,
    service,
    service_key_path,
    service_public_key,
)
from tests.central.harness import Admin, ServiceProcess

pytestmark = pytest.mark.postgres

ASA = [sys.executable, "-m", "app"]


def client_tool(postgres, tool: str) -> str:
    """pg_dump/pg_restore beside the server's binaries, else the newest installed one."""
    import glob
    import shutil

    candidates = [postgres.bin / tool]
    candidates += [Path(p) for p in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{tool}"))[::-1]]
    found = next((str(c) for c in candidates if c.exists()), None) or shutil.which(tool)
    assert found, f"{tool} is not installed (installer/system-deps.sh test installs it)"
    return found


def pg(postgres, tool: str, *args: str) -> None:
    command = [client_tool(postgres, tool), "-h", "127.0.0.1", "-p", str(postgres.port)]
    subprocess.run([*command, "-U", postgres.user, *args], check=True, capture_output=True)


def verify_store(url: str, key: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*ASA, "central", "verify-store", "--database-url", url, "--service-key", str(key)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def restored(postgres, database_url, enrolled, service_key_path, tmp_path):
    """Two transcripts synced, the database dumped and restored into a fresh one: its URL."""
    source, client = enrolled
    sealed = [source.seal_new(), source.seal_new()]
    assert run_sync(source, client).sent == 2
    dump = tmp_path / "asa-central.dump"
    pg(postgres, "pg_dump", "--format=custom", "--file", str(dump), database_url.rsplit("/")[-1])
    name = "restored_" + uuid.uuid4().hex[:8]
    url = postgres.create_database(name)
    pg(postgres, "pg_restore", "--no-owner", "--dbname", name, str(dump))
    return url, sealed


def test_a_restored_database_verifies_and_the_service_runs_on_it(
    restored, enrolled, service_key_path, service_public_key, tmp_path
):
    url, _sealed = restored
    done = verify_store(url, service_key_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "transcript(s)" in done.stdout and "0 problem(s): ok" in done.stdout
    count = Admin(url)
    try:
        assert count.scalar("SELECT count(*) FROM transcripts") >= 2
    finally:
        count.close()
    # The service starts on the copy; the same laptop goes on syncing to it.
    (tmp_path / "log").mkdir()
    process = ServiceProcess(url, service_key_path, tmp_path / "log")
    process.start()
    try:
        source, _old = enrolled
        client = make_client(process.url, service_public_key)
        source.seal_new()
        report = run_sync(source, client)
        client.close()
        assert (report.sent, report.failed, report.error) == (1, 0, None)
    finally:
        process.stop()
    assert verify_store(url, service_key_path).returncode == 0


def test_a_tampered_row_is_named(restored, service_key_path):
    url, sealed = restored
    target = sealed[0].hearing_id
    db = Admin(url)
    try:
        with db.engine.begin() as conn:
            from sqlalchemy import text

            conn.execute(
                text(
                    "UPDATE transcripts SET bundle_json = replace(bundle_json, 'Erbil', 'Mosul')"
                    " WHERE hearing_id = :h"
                ),
                {"h": target},
            )
            changed = conn.execute(
                text(
                    "SELECT count(*) FROM transcripts WHERE hearing_id = :h AND "
                    "bundle_json LIKE '%Mosul%'"
                ),
                {"h": target},
            ).scalar()
    finally:
        db.close()
    assert changed == 1, "the synthetic transcript mentions Erbil"
    done = verify_store(url, service_key_path)
    assert done.returncode == 1
    assert f"transcript {target} v1: the device signature does not match" in done.stdout
    assert sealed[1].hearing_id not in done.stdout  # the other one is intact
    assert "1 problem(s): FAILED" in done.stdout and "Traceback" not in done.stderr


def test_a_wrong_service_key_is_reported_for_each_receipt(restored, tmp_path):
    from app.sync.keys import generate_private_key, write_private_key

    url, sealed = restored
    other = tmp_path / "other-key.pem"
    write_private_key(other, generate_private_key())
    done = verify_store(url, other)
    assert done.returncode == 1
    for transcript in sealed:
        assert f"transcript {transcript.hearing_id} v1: receipt: the receipt is not signed" in (
            done.stdout
        )
