"""A protocol that can evolve: laptops one version behind are served, a newer minor version is
accepted, and a client too old for the service is told to update, by a real service process.
The 1.0 and 1.1 messages are fixtures made by that code (tests/sync/fixtures/protocol-1.*)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.central.models import Device, User
from app.domain.clock import utcnow
from app.sync import protocol
from app.sync.bundle import build_bundle
from app.sync.keys import key_id, private_key_from_raw_hex, public_key_from_hex, sign_hex
from app.sync.messages import Bundle, BundlePayload, Receipt, signed_bytes
from app.sync.receipts import receipt_problems
from app.sync.request_signing import signed_headers, string_to_sign
from app.sync.runner import run_sync
from tests.central.harness import ServiceProcess, wait_for_health

pytestmark = pytest.mark.postgres
FIXTURES = Path(__file__).resolve().parents[1] / "sync" / "fixtures" / "protocol-1.0"
FACTS = json.loads((FIXTURES / "facts.json").read_text(encoding="utf-8"))


FIXTURES_1_1 = FIXTURES.parent / "protocol-1.1"
FACTS_1_1 = json.loads((FIXTURES_1_1 / "facts.json").read_text(encoding="utf-8"))


def _enrol_fixture_device(admin, facts: dict = FACTS, username: str = "laptop_1_0") -> None:
    """The laptop that made the fixtures, enrolled before the service was updated."""
    admin.interviewer(username)
    with admin.sessions.begin() as s:
        user = s.query(User).filter_by(username=username).one()
        public = public_key_from_hex(facts["device_public_key"])
        s.add(
            Device(
                id=facts["device_id"],
                user_id=user.id,
                public_key=facts["device_public_key"],
                key_id=key_id(public),
                name=f"field laptop of {username}",
                enrolled_at=utcnow(),
                revoked_reason="",
            )
        )


def _post_as_1_0(url: str, path: str, body: bytes) -> httpx.Response:
    """Exactly what a 1.0 client sent: its signed headers, no protocol header."""
    key = private_key_from_raw_hex(FACTS["device_private_key_hex_synthetic"])
    headers = signed_headers(FACTS["device_id"], key, "POST", path, body)
    headers["Content-Type"] = "application/json"
    return httpx.post(url + path, content=body, headers=headers)


def test_a_bundle_from_a_1_0_laptop_is_stored_once_with_a_receipt_it_can_verify(
    admin, service, service_public_key
):
    _enrol_fixture_device(admin)
    body = (FIXTURES / "bundle.json").read_bytes()
    first = _post_as_1_0(service.url, "/v1/transcripts", body)
    assert first.status_code == 201, first.text
    again = _post_as_1_0(service.url, "/v1/transcripts", body)
    assert again.status_code == 200 and again.content == first.content
    receipt = Receipt.model_validate_json(first.content)
    # What the 1.0 client checks, with the 1.0 message types it has (here: the fixture's bytes).
    assert receipt_problems(receipt, service_public_key, Bundle.model_validate_json(body)) == []
    assert receipt.payload.content_hash == FACTS["content_hash"]
    assert admin.copies(FACTS["hearing_id"]) == 1
    # A 1.0 client never reads the new fields of the health answer; it still gets a 200.
    assert httpx.get(service.url + "/v1/health").json()["protocol"] == "1.2"


def test_a_bundle_from_a_1_1_laptop_without_an_assistant_record_is_stored(
    admin, service, service_public_key
):
    _enrol_fixture_device(admin, FACTS_1_1, "laptop_1_1")
    body = (FIXTURES_1_1 / "bundle.json").read_bytes()
    key = private_key_from_raw_hex(FACTS_1_1["device_private_key_hex_synthetic"])
    headers = signed_headers(FACTS_1_1["device_id"], key, "POST", "/v1/transcripts", body)
    headers |= {"Content-Type": "application/json", protocol.PROTOCOL_HEADER: "1.1"}
    reply = httpx.post(service.url + "/v1/transcripts", content=body, headers=headers)
    assert reply.status_code == 201, reply.text
    bundle = Bundle.model_validate_json(body)
    assert bundle.payload.assistant_record is None
    receipt = Receipt.model_validate_json(reply.content)
    assert receipt_problems(receipt, service_public_key, bundle) == []
    assert receipt.payload.content_hash == FACTS_1_1["content_hash"]
    stored = admin.scalar(
        "SELECT bundle_json FROM transcripts WHERE hearing_id = :h", h=FACTS_1_1["hearing_id"]
    )
    assert stored.encode() == body  # kept exactly as signed


def test_a_receipt_and_a_request_signature_of_1_0_still_verify():
    receipt = Receipt.model_validate_json((FIXTURES / "receipt.json").read_bytes())
    service_key = public_key_from_hex(FACTS["service_public_key"])
    bundle = Bundle.model_validate_json((FIXTURES / "bundle.json").read_bytes())
    assert receipt_problems(receipt, service_key, bundle) == []
    example = FACTS["request_signature_example"]
    body = (FIXTURES / "bundle.json").read_bytes()
    message = string_to_sign(
        example["method"], example["path"], example["timestamp"], example["nonce"], body
    )
    assert message.decode() == example["string_to_sign"]


def _bundle_of_a_newer_minor_version(source, creds) -> tuple[dict, Bundle]:
    """A bundle as a 1.7 client might send it: new fields in the signed payload, in the seal
    and in the envelope."""
    bundle = build_bundle(
        source.seal_new(), creds.device_id, creds.private_key, None, source.audit_events_after(0)
    )
    payload = bundle.payload.model_dump(mode="json")
    payload["transport_priority"] = "normal"
    payload["seal"]["witness"] = {"name": "Sprachmittler", "present": True}
    signature = sign_hex(creds.private_key, signed_bytes(BundlePayload.model_validate(payload)))
    envelope = {
        "payload": payload,
        "signature": signature,
        "device_key_id": bundle.device_key_id,
        "compression": "none",
    }
    return envelope, bundle


def _send(url: str, creds, envelope: dict, version: str) -> httpx.Response:
    body = json.dumps(envelope, ensure_ascii=False).encode()
    headers = signed_headers(creds.device_id, creds.private_key, "POST", "/v1/transcripts", body)
    headers |= {"Content-Type": "application/json", protocol.PROTOCOL_HEADER: version}
    return httpx.post(url + "/v1/transcripts", content=body, headers=headers)


def test_a_newer_minor_version_with_unknown_fields_is_accepted_and_they_stay_signed(
    enrolled, service, service_public_key, admin
):
    source, _client = enrolled
    creds = source.device_credentials()
    envelope, bundle = _bundle_of_a_newer_minor_version(source, creds)
    reply = _send(service.url, creds, envelope, "1.7")
    assert reply.status_code == 201, reply.text
    assert reply.headers[protocol.PROTOCOL_HEADER] == "1.2"
    stored = admin.scalar(
        "SELECT bundle_json FROM transcripts WHERE hearing_id = :h", h=bundle.payload.hearing_id
    )
    assert json.loads(stored)["payload"]["transport_priority"] == "normal"
    assert receipt_problems(Receipt.model_validate_json(reply.content), service_public_key) == []
    # The signature covers the unknown fields too: changing one after signing is refused.
    envelope, _ = _bundle_of_a_newer_minor_version(source, creds)
    envelope["payload"]["transport_priority"] = "urgent"
    tampered = _send(service.url, creds, envelope, "1.7")
    assert tampered.status_code == 422 and "signature" in tampered.json()["message"]


def test_a_client_of_a_newer_major_version_is_told_the_service_is_too_old(enrolled, service):
    source, _client = enrolled
    envelope, _ = _bundle_of_a_newer_minor_version(source, source.device_credentials())
    reply = _send(service.url, source.device_credentials(), envelope, "2.0")
    assert reply.status_code == 400 and reply.json()["error"] == protocol.SERVICE_TOO_OLD


@pytest.fixture
def service_for_1_1_and_later(database_url, service_key_path, tmp_path) -> Iterator[str]:
    process = ServiceProcess(
        database_url, service_key_path, tmp_path, extra_args=("--oldest-client-protocol", "1.1")
    )
    process.start()
    wait_for_health(process.url)
    yield process.url
    process.stop()


def test_a_client_too_old_for_the_service_is_told_to_update_and_keeps_its_transcripts(
    enrolled, service_for_1_1_and_later, monkeypatch
):
    url = service_for_1_1_and_later
    source, client = enrolled
    transcript = source.seal_new()
    health = httpx.get(url + "/v1/health").json()
    assert (health["protocol"], health["oldest_client_protocol"]) == ("1.2", "1.1")
    # A 1.0 laptop (no protocol header): refused with the code the desktop words as
    # "Bitte ASA aktualisieren".
    refused = _post_as_1_0(url, "/v1/transcripts", (FIXTURES / "bundle.json").read_bytes())
    assert refused.status_code == 426 and refused.json()["error"] == protocol.CLIENT_TOO_OLD
    # This client, were it 1.0: the service says so in every reply, and the round stops.
    monkeypatch.setattr(protocol, "PROTOCOL_VERSION", protocol.ProtocolVersion(1, 0))
    client._http.base_url = httpx.URL(url)
    report = run_sync(source, client)
    assert report.error_code == protocol.CLIENT_TOO_OLD and "update ASA" in report.error
    assert source.row(transcript.hearing_id, 1)["state"] == "pending"
    assert report.failures == []


def test_versions_are_read_defensively():
    parse = protocol.ProtocolVersion.parse
    assert parse("1.1") == (1, 1) and parse(1) == (1, 0) and parse("2") == (2, 0)
    for junk in ("", "1.", "a.b", "1.1.1", "9" * 40, None, 1.5, True, [1], "-1.0"):
        assert parse(junk) is None
    assert str(uuid.UUID(FACTS["device_id"])) == FACTS["device_id"]
