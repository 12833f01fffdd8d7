"""Upload: verified, stored once, the same receipt again; different content refused."""

from __future__ import annotations

import pytest

from app.sync.bundle import build_bundle
from app.sync.errors import Refused
from app.sync.receipts import receipt_problems
from app.sync.runner import run_sync

pytestmark = pytest.mark.postgres


def bundle_for(source, transcript):
    creds = source.device_credentials()
    base = source.anchored_head()
    events = source.audit_events_after(base.seq if base else 0)
    return build_bundle(transcript, creds.device_id, creds.private_key, base, events)


def test_sync_sends_sealed_transcript_once_and_marks_it_on_receipt(
    enrolled, admin, service_public_key
):
    source, client = enrolled
    transcript = source.seal_new()
    report = run_sync(source, client)
    assert (report.to_send, report.sent, report.failed, report.error) == (1, 1, 0, None)
    row = source.row(transcript.hearing_id, 1)
    assert row["state"] == "synced"
    assert admin.copies(transcript.hearing_id) == 1
    from app.sync.messages import Receipt

    receipt = Receipt.model_validate(row["receipt"])
    assert receipt_problems(receipt, service_public_key) == []
    assert source.anchored_head().seq == len(source.state["events"])
    assert run_sync(source, client).to_send == 0


def test_resending_the_same_bundle_returns_the_identical_receipt(enrolled, admin):
    source, client = enrolled
    transcript = source.seal_new()
    bundle = bundle_for(source, transcript)
    first = client.upload(bundle)
    again = client.upload(bundle)
    assert again == first
    # Built again later (new audit events since): still the same transcript, same receipt.
    source.log("profile.unlocked", None)
    rebuilt = bundle_for(source, transcript)
    assert client.upload(rebuilt) == first
    assert admin.copies(transcript.hearing_id) == 1


def test_a_long_hearing_is_stored_once_and_its_resend_gets_the_same_receipt(enrolled, admin):
    """A bundle above the size the service parses before checking the signature (64 KiB)
    takes the other order: signature, then bundle, then its lookups. Same outcome."""
    source, client = enrolled
    transcript = source.seal_new(answers=400)
    bundle = bundle_for(source, transcript)
    assert len(bundle.model_dump_json()) > 64 * 1024
    first = client.upload(bundle)
    assert client.upload(bundle) == first
    assert admin.copies(transcript.hearing_id) == 1
    assert run_sync(source, client).sent == 1  # the desktop's own round: the stored receipt
    assert admin.copies(transcript.hearing_id) == 1


def test_same_id_and_version_with_different_content_is_refused(enrolled, admin):
    source, client = enrolled
    transcript = source.seal_new()
    client.upload(bundle_for(source, transcript))
    from dataclasses import replace

    from app.domain.canonical import content_hash

    changed = dict(transcript.content, entries=transcript.content["entries"][:-1])
    forged = replace(
        transcript,
        content=changed,
        seal=replace(transcript.seal, content_hash=content_hash(changed)),
    )
    with pytest.raises(Refused) as refused:
        client.upload(bundle_for(source, forged))
    assert refused.value.status == 409
    assert refused.value.code == "conflicting_version"
    assert "already received with different content" in refused.value.message
    assert admin.copies(transcript.hearing_id) == 1


def test_a_conflict_is_set_aside_and_reported_without_blocking_others(enrolled, admin):
    source, client = enrolled
    first = source.seal_new()
    client.upload(bundle_for(source, first))
    # The store lost track of the receipt and the content changed: a true conflict.
    row = source.row(first.hearing_id, 1)
    row["content"]["entries"][0]["answer"] = "changed afterwards"
    from app.domain.canonical import content_hash

    row["seal"]["content_hash"] = content_hash(row["content"])
    second = source.seal_new()
    report = run_sync(source, client)
    assert report.sent == 1 and report.failed == 1
    assert report.failures[0].hearing_id == first.hearing_id
    assert "different content" in report.failures[0].reason
    assert source.row(first.hearing_id, 1)["state"] == "set_aside"
    assert source.row(second.hearing_id, 1)["state"] == "synced"
    assert admin.copies(second.hearing_id) == 1
