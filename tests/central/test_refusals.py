"""Replays, tampering, wrong or revoked keys, rewritten audit trails: refused clearly, nothing
lost on the device."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import timedelta

import httpx
import pytest

from app.central.models import Device
from app.domain.audit import event_hash
from app.domain.clock import utcnow
from app.sync.bundle import build_bundle
from app.sync.client import DeviceCredentials
from app.sync.errors import Refused
from app.sync.keys import generate_private_key, public_key_hex
from app.sync.request_signing import signed_headers
from app.sync.runner import enrol_device, run_sync
from tests.central.conftest import make_client
from tests.central.test_upload_exactly_once import bundle_for
from tests.sync.json_store import JsonFileSource

pytestmark = pytest.mark.postgres


def test_enrolment_code_is_single_use_but_a_lost_reply_may_be_retried(
    admin, service, service_public_key, tmp_path
):
    code = admin.interviewer("enrol_once")
    client = make_client(service.url, service_public_key)
    key = public_key_hex(generate_private_key())
    first = client.enrol(code, key)
    assert client.enrol(code, key) == first  # the same device asking again
    with pytest.raises(Refused) as refused:
        client.enrol(code, public_key_hex(generate_private_key()))
    assert refused.value.code == "code_used"
    with pytest.raises(Refused) as refused:
        client.enrol("AAAA-BBBB-CCCC-DDDD", key)
    assert refused.value.code == "invalid_code"
    expired = admin.code("enrol_once", timedelta(seconds=-1))
    with pytest.raises(Refused) as refused:
        client.enrol(expired, public_key_hex(generate_private_key()))
    assert refused.value.code == "code_expired" and "expired" in refused.value.message
    assert (
        admin.scalar("SELECT count(*) FROM enrolment_codes WHERE code_hash = :c", c=code) == 0
    )  # stored hashed only


def test_revoked_device_is_refused_and_keeps_its_transcripts(enrolled, admin):
    source, client = enrolled
    transcript = source.seal_new()
    with admin.sessions.begin() as s:
        s.get(Device, source.device_credentials().device_id).revoked_at = utcnow()
    report = run_sync(source, client)
    assert report.error and "revoked" in report.error
    assert source.row(transcript.hearing_id, 1)["state"] == "pending"
    assert admin.copies(transcript.hearing_id) == 0


def test_wrong_device_key_is_refused(enrolled, service, service_public_key, admin):
    source, _ = enrolled
    device_id = source.device_credentials().device_id
    impostor = make_client(
        service.url, service_public_key, device=DeviceCredentials(device_id, generate_private_key())
    )
    with pytest.raises(Refused) as refused:
        impostor.fetch_assignments()
    assert refused.value.code == "bad_signature"


def test_replayed_and_stale_requests_are_refused(enrolled, service):
    source, _ = enrolled
    creds = source.device_credentials()
    headers = signed_headers(creds.device_id, creds.private_key, "GET", "/v1/assignments", b"")
    assert httpx.get(service.url + "/v1/assignments", headers=headers).status_code == 200
    replay = httpx.get(service.url + "/v1/assignments", headers=headers)
    assert replay.status_code == 401 and replay.json()["error"] == "replayed_request"
    old = signed_headers(
        creds.device_id, creds.private_key, "GET", "/v1/assignments", b"", now=time.time() - 3600
    )
    stale = httpx.get(service.url + "/v1/assignments", headers=old)
    assert stale.status_code == 401 and "clock" in stale.json()["message"]
    unsigned = httpx.get(service.url + "/v1/assignments")
    assert unsigned.status_code == 401 and unsigned.json()["error"] == "unsigned_request"


def test_tampered_bundle_is_refused_with_the_reason(enrolled, admin):
    source, client = enrolled
    transcript = source.seal_new()
    bundle = bundle_for(source, transcript)
    content = json.loads(json.dumps(bundle.payload.content))
    content["entries"][0]["answer"] = "I was never in Erbil."
    tampered = bundle.model_copy(
        update={"payload": bundle.payload.model_copy(update={"content": content})}
    )
    with pytest.raises(Refused) as refused:
        client.upload(tampered)
    assert refused.value.status == 422 and "signature" in refused.value.message
    # Re-signed by a key that is not the device's: still refused.
    creds = source.device_credentials()
    forged = build_bundle(
        replace(transcript, content=content),
        creds.device_id,
        generate_private_key(),
        None,
        source.audit_events_after(0),
    )
    with pytest.raises(Refused):
        client.upload(forged)
    assert admin.copies(transcript.hearing_id) == 0
    assert client.upload(bundle).payload.hearing_id == transcript.hearing_id


def test_a_bundle_of_another_device_is_refused(
    enrolled, admin, service, service_public_key, tmp_path
):
    _source, client = enrolled
    other = JsonFileSource(tmp_path / "other.json")
    enrol_device(
        other, make_client(service.url, service_public_key), admin.interviewer("other_device_user")
    )
    foreign = bundle_for(other, other.seal_new())
    with pytest.raises(Refused) as refused:
        client.upload(foreign)
    assert refused.value.code == "wrong_device"


def test_garbage_is_answered_with_json_not_a_traceback(enrolled, service):
    source, _ = enrolled
    creds = source.device_credentials()
    body = b'{"payload": "not a bundle"'
    headers = signed_headers(creds.device_id, creds.private_key, "POST", "/v1/transcripts", body)
    reply = httpx.post(service.url + "/v1/transcripts", content=body, headers=headers)
    assert reply.status_code == 400
    assert reply.json()["error"] == "invalid_bundle" and "Traceback" not in reply.text


@pytest.mark.parametrize("size", [100, 200_000], ids=["small", "large"])
def test_a_body_from_someone_without_the_key_is_refused_before_it_is_read_as_a_bundle(
    enrolled, service, size
):
    """Whoever holds no device key learns nothing about the body: unauthenticated, however
    large (a large body is not even parsed until the signature is verified)."""
    source, _ = enrolled
    device_id = source.device_credentials().device_id
    body = b"[" + b"1," * (size // 2) + b"x"  # not JSON at all
    headers = signed_headers(device_id, generate_private_key(), "POST", "/v1/transcripts", body)
    reply = httpx.post(service.url + "/v1/transcripts", content=body, headers=headers)
    assert reply.status_code == 401 and reply.json()["error"] == "bad_signature"
    creds = source.device_credentials()
    headers = signed_headers(creds.device_id, creds.private_key, "POST", "/v1/transcripts", body)
    reply = httpx.post(service.url + "/v1/transcripts", content=body, headers=headers)
    assert reply.status_code == 400 and reply.json()["error"] == "invalid_bundle"


def _rewrite_from(source: JsonFileSource, seq: int) -> None:
    """Change an event's detail and recompute every hash from there: a careful forgery."""
    events = source.state["events"]
    prev = events[seq - 2]["hash"] if seq > 1 else "0" * 64
    for e in events[seq - 1 :]:
        if e["seq"] == seq:
            e["detail"] = {"number": 99}
        e["prev_hash"] = prev
        from app.domain.clock import parse_instant

        e["hash"] = event_hash(
            prev,
            e["seq"],
            parse_instant(e["at"]),
            e["actor"],
            e["action"],
            e["hearing_id"],
            e["detail"],
        )
        prev = e["hash"]


def test_truncated_audit_trail_is_refused(enrolled, admin):
    source, client = enrolled
    source.seal_new()
    assert run_sync(source, client).sent == 1
    anchored = source.anchored_head().seq
    del source.state["events"][anchored - 3 :]  # the last three anchored events removed
    source.state["anchored_head"] = None  # and the device "forgot" what was anchored
    later = source.seal_new()
    report = run_sync(source, client)
    assert report.sent == 0 and report.failed == 1
    assert "truncated or rewritten" in report.failures[0].reason
    assert source.row(later.hearing_id, 1)["state"] == "set_aside"  # kept for IT
    assert admin.copies(later.hearing_id) == 0


def test_rewritten_audit_trail_is_refused_even_with_valid_hashes(enrolled, admin):
    source, client = enrolled
    source.seal_new()
    assert run_sync(source, client).sent == 1
    _rewrite_from(source, 2)
    later = source.seal_new()
    report = run_sync(source, client)  # the new events no longer follow the anchored head
    assert report.failed == 1 and "does not follow" in report.failures[0].reason
    source.row(later.hearing_id, 1)["state"] = "pending"
    source.state["anchored_head"] = None  # the forger also hides what was anchored
    report = run_sync(source, client)
    assert report.failed == 1 and "truncated or rewritten" in report.failures[0].reason
    assert admin.copies(later.hearing_id) == 0


def test_a_receipt_not_signed_by_the_configured_service_key_is_not_trusted(
    enrolled, service, admin
):
    source, _ = enrolled
    transcript = source.seal_new()
    misconfigured = make_client(
        service.url, generate_private_key().public_key(), device=source.device_credentials()
    )
    report = run_sync(source, misconfigured)
    assert report.failed == 1 and "not signed by the configured" in report.failures[0].reason
    assert source.row(transcript.hearing_id, 1)["state"] == "pending"  # not marked synced
    assert admin.copies(transcript.hearing_id) == 1  # stored; the right key gets the receipt
