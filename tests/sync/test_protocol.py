"""The sync core without a service: bundles, receipts, retry bounds, the store seam."""

from __future__ import annotations

import random

from app.sync.bundle import build_bundle, verify_bundle
from app.sync.client import DeviceCredentials
from app.sync.keys import generate_private_key
from app.sync.messages import AuditHead
from app.sync.receipts import issue_receipt, receipt_problems
from app.sync.retry import RetryPolicy
from app.sync.source import SyncSource
from tests.sync.json_store import JsonFileSource


def _source(tmp_path):
    source = JsonFileSource(tmp_path / "s.json")
    key = generate_private_key()
    source.state["device"] = {"device_id": "dev-1", "key_pem": ""}
    return source, key


def test_the_json_store_double_implements_the_seam(tmp_path):
    assert isinstance(JsonFileSource(tmp_path / "s.json"), SyncSource)


def test_bundle_round_trip_and_every_kind_of_tampering_is_named(tmp_path):
    source, key = _source(tmp_path)
    transcript = source.seal_new()
    bundle = build_bundle(transcript, "dev-1", key, None, source.audit_events_after(0))
    assert verify_bundle(bundle, key.public_key()) == []
    assert verify_bundle(bundle, generate_private_key().public_key())[0].startswith(
        "the device signature"
    )
    # Content changed and re-signed by the device (a bug or a forgery on the laptop).
    content = dict(transcript.content, entries=[])
    from dataclasses import replace

    bad = build_bundle(
        replace(transcript, content=content), "dev-1", key, None, source.audit_events_after(0)
    )
    assert "does not match its sealed content hash" in verify_bundle(bad, key.public_key())[0]
    # Audit segment with a gap.
    events = source.audit_events_after(0)
    gap = build_bundle(transcript, "dev-1", key, None, events[:2] + events[3:])
    assert any("missing" in p for p in verify_bundle(gap, key.public_key()))
    # Segment that does not start at the claimed anchor.
    wrong_base = build_bundle(transcript, "dev-1", key, AuditHead(seq=1, hash="f" * 64), events[1:])
    assert any("does not follow" in p for p in verify_bundle(wrong_base, key.public_key()))


def test_receipt_must_be_signed_by_the_service_and_name_what_was_sent(tmp_path):
    source, key = _source(tmp_path)
    service = generate_private_key()
    bundle = build_bundle(source.seal_new(), "dev-1", key, None, source.audit_events_after(0))
    receipt = issue_receipt(bundle, bundle.payload.audit_head, "2024-01-01T00:00:00+00:00", service)
    assert receipt_problems(receipt, service.public_key(), bundle) == []
    assert receipt_problems(receipt, generate_private_key().public_key(), bundle)
    other = build_bundle(source.seal_new(), "dev-1", key, None, source.audit_events_after(0))
    assert receipt_problems(receipt, service.public_key(), other) == [
        "the receipt is for another transcript than the one sent"
    ]


def test_backoff_is_bounded_and_jittered():
    policy = RetryPolicy(attempts=5, base_delay=0.5, max_delay=4.0, rng=random.Random(1))
    delays = [policy.delay(n) for n in range(1, 10)]
    assert all(0 <= d <= 4.0 for d in delays)
    assert len(set(delays)) == len(delays)


def test_credentials_round_trip_through_the_store(tmp_path):
    from app.sync.messages import EnrolResponse

    source = JsonFileSource(tmp_path / "s.json")
    key = generate_private_key()
    source.save_device_credentials(
        DeviceCredentials("dev-9", key),
        EnrolResponse(
            device_id="dev-9",
            user="anna",
            display_name="Anna",
            office="Bonn",
            role="interviewer",
            service_key_id="x",
        ),
    )
    again = JsonFileSource(tmp_path / "s.json").device_credentials()
    assert again.device_id == "dev-9"
    assert again.private_key.public_key() == key.public_key()


def test_verify_bundle_command(tmp_path, capsys):
    import argparse

    from app.sync.cli import register
    from app.sync.keys import public_key_hex

    source, key = _source(tmp_path)
    bundle = build_bundle(source.seal_new(), "dev-1", key, None, source.audit_events_after(0))
    path = tmp_path / "b.json"
    path.write_text(bundle.model_dump_json())
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["sync", "verify-bundle", str(path), "--device-key", public_key_hex(key)]
    )
    assert args.handler(args) == 0 and "sound" in capsys.readouterr().out
    path.write_text(bundle.model_dump_json().replace("Answer 0", "Answer X"))
    args = parser.parse_args(
        ["sync", "verify-bundle", str(path), "--device-key", public_key_hex(key)]
    )
    assert args.handler(args) == 1 and "signature" in capsys.readouterr().out
