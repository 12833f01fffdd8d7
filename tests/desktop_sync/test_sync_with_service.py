"""The real encrypted store syncing with the real central service on a real PostgreSQL."""

from __future__ import annotations

import uuid

import pytest

from app.central.devtools.pgserver import free_port
from app.central.repository.downsync import assign_case, publish_pack, return_for_revision
from app.domain.clock import utcnow
from app.sync.keys import generate_private_key
from app.sync.messages import PackEnvelope
from app.sync.packs import PackRefused, sign_pack, verify_pack
from app.sync.runner import run_sync
from tests.central.harness import FaultProxy
from tests.desktop_sync.conftest import make_client
from tests.desktop_sync.helpers import addendum_round, sealed_hearing, tamper_case_reference

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_a_sealed_hearing_is_stored_once_and_marked_synced_only_on_the_receipt(
    enrolled, worker, admin, service, service_public_key
):
    source, client, _user = enrolled
    session = sealed_hearing(worker)
    hid = session.hearing.id
    # The service commits, but every reply is lost: no receipt, so not synced.
    proxy = FaultProxy(service.port)
    lossy = make_client(proxy.url, service_public_key, device=source.device_credentials())
    proxy.script(*["drop_reply"] * lossy.retry.attempts)
    try:
        report = run_sync(source, lossy)
    finally:
        lossy.close()
        proxy.close()
    assert (report.sent, report.failed) == (0, 1)
    assert admin.copies(hid) == 1
    assert [v.hearing_id for v in source.status().to_send] == [hid]
    # The next round gets the stored receipt: marked synced, still one copy.
    report = run_sync(source, client)
    assert (report.to_send, report.sent, report.error) == (1, 1, None)
    assert source.status().to_send == [] and source.status().synced == 1
    assert admin.copies(hid) == 1
    again = run_sync(source, client)  # nothing is sent twice
    assert (again.to_send, again.sent) == (0, 0)
    assert admin.copies(hid) == 1


def test_service_down_stops_the_round_and_the_transcript_goes_when_it_is_back(
    enrolled, worker, admin, service_public_key
):
    source, client, _user = enrolled
    session = sealed_hearing(worker)
    down = make_client(f"http://127.0.0.1:{free_port()}", service_public_key, device=client.device)
    try:
        report = run_sync(source, down)
    finally:
        down.close()
    assert report.error and "cannot connect" in report.error
    assert report.failed == 0  # no transcript is blamed for the network
    (waiting,) = source.status().to_send
    assert waiting.attempts == 0
    assert run_sync(source, client).sent == 1
    assert admin.copies(session.hearing.id) == 1


def test_a_transcript_the_service_refuses_is_set_aside_and_the_others_still_go(
    enrolled, worker, admin
):
    source, client, _user = enrolled
    tampered, good = sealed_hearing(worker, "1-438"), sealed_hearing(worker, "2-438")
    # Changed after sealing, behind the app's back (the seal triggers dropped first, as
    # someone holding the key could): the content no longer matches the seal.
    worker.submit(tamper_case_reference(tampered.case.id)).result()
    report = run_sync(source, client)
    assert report.sent == 1 and report.failed == 1
    (failure,) = report.failures
    assert failure.set_aside and "content hash" in failure.reason
    assert admin.copies(good.hearing.id) == 1 and admin.copies(tampered.hearing.id) == 0
    (aside,) = source.status().set_aside
    assert aside.hearing_id == tampered.hearing.id and "content hash" in aside.last_error
    assert run_sync(source, client).to_send == 0  # set aside: kept, not retried blindly
    assert worker.submit(lambda s: s.hearings.get(tampered.hearing.id)).result().entries


def test_assignment_comes_down_as_a_case(enrolled, worker, admin):
    source, client, user = enrolled
    case = {
        "id": str(uuid.uuid4()),
        "reference": "7654321-438",
        "applicant": {"family_name": "Hamad", "given_names": "Karwan", "nationality": "IRQ"},
        "case_file": {"children_count": 2, "departure_date": "2023-05-01"},
    }
    with admin.sessions.begin() as s:
        assign_case(s, user, case, "vor der Feldreise", "admin", utcnow())
    assert run_sync(source, client).assignments == 1
    stored = worker.submit(lambda s: s.cases.get(case["id"])).result()
    assert stored.assigned and stored.reference == "7654321-438"
    assert stored.case_file["children_count"] == 2


def test_a_returned_transcript_gets_an_addendum_and_version_2_is_sent(enrolled, worker, admin):
    source, client, _user = enrolled
    session = sealed_hearing(worker)
    hid = session.hearing.id
    assert run_sync(source, client).sent == 1
    comment = {"entry_number": 1, "text": "Wann genau?", "author": "sv", "at": utcnow().isoformat()}
    with admin.sessions.begin() as s:
        return_for_revision(s, hid, 1, [comment], "sv", utcnow())
    assert run_sync(source, client).returns == 1
    (returned,) = source.returned_transcripts()
    assert returned.hearing_id == hid and returned.comments[0].text == "Wann genau?"
    assert addendum_round(session, "Nachtrag: im August 2014.") == 2
    report = run_sync(source, client)
    assert (report.sent, report.returns) == (1, 0)  # version 2 answers the return
    assert admin.copies(hid, 1) == 1 and admin.copies(hid, 2) == 1
    assert source.returned_transcripts()[0].answered


def test_pack_updates_are_verified_installed_and_tampered_or_old_ones_refused(enrolled, admin):
    source, client, _user = enrolled
    publisher = generate_private_key()
    pack_id = "t" + uuid.uuid4().hex[:8]
    good = sign_pack(pack_id, "2024.3", f"{pack_id}.yaml", b"places: [Erbil]\n", publisher)
    with admin.sessions.begin() as s:
        publish_pack(s, good, utcnow())
    report = run_sync(source, client, publisher_keys=[publisher.public_key()])
    assert report.packs_installed == [f"{pack_id} 2024.3"]
    assert (source.packs_dir / pack_id / "2024.3" / f"{pack_id}.yaml").read_bytes() == (
        b"places: [Erbil]\n"
    )
    # A newer version whose content was changed after signing: refused, the old one stays.
    data = sign_pack(pack_id, "2024.4", f"{pack_id}.yaml", b"places: []\n", publisher).model_dump()
    data["payload"]["content_b64"] = good.payload.content_b64
    with admin.sessions.begin() as s:
        publish_pack(s, PackEnvelope.model_validate(data), utcnow())
    report = run_sync(source, client, publisher_keys=[publisher.public_key()])
    assert report.packs_installed == [] and "signature" in report.packs_refused[0]
    assert source.installed_pack_versions()[pack_id] == "2024.3"
    # A rollback below what is installed (the packs shipped with the app count) is refused.
    old = sign_pack("iraq", "2020.1", "iraq.yaml", b"id: iraq\n", publisher)
    with pytest.raises(PackRefused, match="rollback"):
        verify_pack(old, [publisher.public_key()], source.installed_pack_versions()["iraq"])
