"""The network and the service fail at every step of an upload: exactly one copy, always, and
the client knows whether it is there."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from app.central.devtools.pgserver import free_port
from app.sync.errors import SyncError
from app.sync.retry import RetryPolicy
from app.sync.runner import run_sync
from tests.central.conftest import make_client
from tests.central.harness import FaultProxy, ServiceProcess

pytestmark = pytest.mark.postgres


@pytest.fixture
def proxied(enrolled, service, service_public_key):
    source, _direct = enrolled
    proxy = FaultProxy(service.port)
    client = make_client(
        proxy.url, service_public_key, timeout=1.5, device=source.device_credentials()
    )
    yield source, client, proxy
    client.close()
    proxy.close()


@pytest.mark.parametrize(
    "fault", ["refuse", "cut:400", "cut:1500", "drop_reply", "fake_500", "stall:3"]
)
def test_one_fault_then_recovery_gives_exactly_one_copy(proxied, admin, fault):
    source, client, proxy = proxied
    transcript = source.seal_new(answers=6)
    proxy.script(fault)
    report = run_sync(source, client)
    assert proxy.applied[0] == fault
    assert (report.sent, report.failed, report.error) == (1, 0, None)
    assert source.row(transcript.hearing_id, 1)["state"] == "synced"
    assert admin.copies(transcript.hearing_id) == 1


def test_reply_lost_every_time_leaves_one_copy_and_the_next_round_gets_the_receipt(proxied, admin):
    source, client, proxy = proxied
    transcript = source.seal_new()
    proxy.script(*["drop_reply"] * client.retry.attempts)
    report = run_sync(source, client)
    assert report.sent == 0 and report.failed == 1
    assert "connection broke" in report.failures[0].reason  # told why, in words
    row = source.row(transcript.hearing_id, 1)
    assert row["state"] == "pending" and row["failures"] == 1  # kept, to be sent again
    assert admin.copies(transcript.hearing_id) == 1  # the service did store it, once
    again = run_sync(source, client)
    assert again.sent == 1
    assert source.row(transcript.hearing_id, 1)["state"] == "synced"
    assert admin.copies(transcript.hearing_id) == 1


def test_service_errors_each_time_are_reported_and_nothing_is_lost(proxied, admin):
    source, client, proxy = proxied
    transcript = source.seal_new()
    proxy.script(*["fake_500"] * client.retry.attempts)
    report = run_sync(source, client)
    assert report.failed == 1 and "service error 500" in report.failures[0].reason
    assert source.row(transcript.hearing_id, 1)["state"] == "pending"
    assert admin.copies(transcript.hearing_id) == 0
    assert run_sync(source, client).sent == 1
    assert admin.copies(transcript.hearing_id) == 1


def test_unreachable_service_stops_the_round_without_blaming_a_transcript(
    proxied, admin, service_public_key
):
    source, client, _proxy = proxied
    first, second = source.seal_new(), source.seal_new()
    nowhere = make_client(f"http://127.0.0.1:{free_port()}", service_public_key)
    report = run_sync(source, nowhere)
    assert report.error and "cannot connect" in report.error
    assert report.sent == 0 and report.failed == 0
    assert source.row(first.hearing_id, 1)["failures"] == 0
    assert run_sync(source, client).sent == 2
    assert admin.copies(first.hearing_id) == admin.copies(second.hearing_id) == 1


def test_a_transcript_that_keeps_failing_is_set_aside_and_others_still_go(proxied, admin):
    source, client, proxy = proxied
    stubborn = source.seal_new()
    source.row(stubborn.hearing_id, 1)["failures"] = 4  # failed in earlier rounds
    fine = source.seal_new()
    # The fine one goes first (fewer failures); then the stubborn one meets only errors.
    proxy.script("pass_one", *["fake_500"] * client.retry.attempts)
    report = run_sync(source, client)
    assert report.sent == 1 and report.failed == 1
    failure = report.failures[0]
    assert failure.hearing_id == stubborn.hearing_id and failure.set_aside
    assert failure.reason.startswith("set aside after 5 failed attempts")
    assert source.row(stubborn.hearing_id, 1)["state"] == "set_aside"  # kept, not deleted
    assert source.row(fine.hearing_id, 1)["state"] == "synced"


@pytest.mark.slow
def test_service_killed_mid_transaction_and_restarted(
    enrolled, database_url, postgres, service_key_path, service_public_key, admin, tmp_path
):
    source, _ = enrolled
    own = ServiceProcess(database_url, service_key_path, tmp_path).start()
    client = make_client(
        own.url,
        service_public_key,
        device=source.device_credentials(),
        retry=RetryPolicy(attempts=1),
        timeout=20,
    )
    transcript = source.seal_new()
    blocker = psycopg.connect(postgres.dsn(database_url.rsplit("/", 1)[1]))
    blocker.execute("LOCK TABLE transcripts IN EXCLUSIVE MODE")  # the service's INSERT waits
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(_try_sync(source, client)))
    worker.start()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # wait until the service is inside its transaction
        if blocker.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()[0]:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the upload never reached the database")
    own.kill()
    blocker.rollback()
    blocker.close()
    worker.join(30)
    report = outcome[0]
    assert report.sent == 0 and (report.failed == 1 or report.error)
    assert source.row(transcript.hearing_id, 1)["state"] == "pending"
    time.sleep(0.5)  # PostgreSQL notices the dead client and rolls its transaction back
    assert admin.copies(transcript.hearing_id) == 0
    own.start()
    client.close()
    client = make_client(own.url, service_public_key, device=source.device_credentials())
    assert run_sync(source, client).sent == 1
    assert admin.copies(transcript.hearing_id) == 1
    client.close()
    own.stop()


def _try_sync(source, client):
    try:
        return run_sync(source, client)
    except SyncError as exc:  # pragma: no cover - run_sync reports instead of raising
        return exc


def test_a_fault_while_bringing_things_down_is_reported_and_the_purge_still_runs(proxied, admin):
    """Issue 11.12: the upload went through, then every reply of the down-sync was a 500: the
    round reports why it stopped instead of raising, and the retention purge is not skipped."""
    from datetime import timedelta

    source, client, proxy = proxied
    transcript = source.seal_new()
    proxy.script("pass_one", *["fake_500"] * client.retry.attempts)
    report = run_sync(source, client, retention=timedelta(0))
    assert (report.sent, report.failed) == (1, 0)
    assert report.error_code == "service_trouble" and "500" in report.error
    assert report.purged == 1
    assert source.purge_log_keys() == [f"{transcript.hearing_id}:1"]
    assert admin.copies(transcript.hearing_id) == 1


def test_database_connections_cut_give_503_and_the_next_attempt_is_stored(
    enrolled, database_url, postgres, service_key_path, service_public_key, tmp_path
):
    """The upload's pooled connections die with the database session (a database restart,
    a failover): the upload on a dead one is refused as the database being unavailable, with
    nothing stored, and the connection is not used again."""
    source, _ = enrolled
    own = ServiceProcess(database_url, service_key_path, tmp_path).start()
    client = make_client(
        own.url, service_public_key, device=source.device_credentials(), retry=RetryPolicy(1)
    )
    database = postgres.dsn(database_url.rsplit("/", 1)[1])
    try:
        source.seal_new()
        assert run_sync(source, client).sent == 1  # the upload's connection, in the pool
        transcript = source.seal_new()
        with psycopg.connect(database, autocommit=True) as db:
            db.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        report = run_sync(source, client)
        assert report.failed == 1
        assert report.failures[0].reason.startswith("service error 503")
        assert "database" in report.failures[0].reason
        with psycopg.connect(database) as db:
            assert _copies(db, transcript.hearing_id) == 0
        assert run_sync(source, client).sent == 1
        with psycopg.connect(database) as db:
            assert _copies(db, transcript.hearing_id) == 1
    finally:
        client.close()
        own.stop()


def _copies(db, hearing_id: str) -> int:
    query = "SELECT count(*) FROM transcripts WHERE hearing_id = %s"
    return db.execute(query, (hearing_id,)).fetchone()[0]
