"""StoreSyncSource over the real SQLCipher store, without a service: pending versions,
receipts, down-synced data, pack files and the retention purge."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.clock import utcnow
from app.store.sync_source import StoreSyncSource, WrongDeviceKey, installed_pack_dirs
from app.sync.bundle import build_bundle
from app.sync.client import DeviceCredentials
from app.sync.keys import generate_private_key
from app.sync.messages import Assignment, EnrolResponse, ReturnForRevision
from app.sync.receipts import issue_receipt
from app.sync.source import SyncSource
from tests.desktop_sync.helpers import addendum_round, sealed_hearing

SERVICE = generate_private_key()
OLD = "2024-01-02T10:00:00+00:00"


def enrol_offline(source: StoreSyncSource) -> DeviceCredentials:
    creds = DeviceCredentials("dev-1", source.device_key())
    source.save_device_credentials(creds, _enrolment())
    return creds


def _enrolment() -> EnrolResponse:
    return EnrolResponse(
        device_id="dev-1",
        user="anna",
        display_name="Anna",
        office="Bonn",
        role="interviewer",
        service_key_id="k",
    )


def receive(source: StoreSyncSource, creds, transcript, received_at: str = OLD) -> None:
    """What the service does for a bundle: a signed receipt, then the store records it."""
    base = source.anchored_head()
    events = source.audit_events_after(base.seq if base else 0)
    bundle = build_bundle(transcript, creds.device_id, creds.private_key, base, events)
    receipt = issue_receipt(bundle, bundle.payload.audit_head, received_at, SERVICE)
    source.mark_synced(transcript.hearing_id, transcript.seal_version, receipt)


def test_the_store_implements_the_seam_and_enrols_only_its_own_device_key(source):
    assert isinstance(source, SyncSource)
    assert source.device_credentials() is None
    with pytest.raises(WrongDeviceKey):
        source.save_device_credentials(
            DeviceCredentials("dev-1", generate_private_key()), _enrolment()
        )
    creds = enrol_offline(source)
    again = source.device_credentials()
    assert again.device_id == "dev-1"
    assert again.private_key.public_key() == creds.private_key.public_key()


def test_every_seal_version_without_a_receipt_is_pending_and_an_addendum_round_is_new(
    worker, source
):
    creds = enrol_offline(source)
    session = sealed_hearing(worker)
    (pending,) = source.pending_transcripts()
    assert pending.seal_version == 1 and pending.failures == 0
    assert pending.seal.signature  # signed by the profile's device key, which is enrolled
    receive(source, creds, pending)
    assert source.pending_transcripts() == []
    assert source.anchored_head() is not None
    assert addendum_round(session, "Nachtrag: der Angriff war im August 2014.") == 2
    (v2,) = source.pending_transcripts()
    assert (v2.hearing_id, v2.seal_version) == (pending.hearing_id, 2)
    assert v2.content["entries"][-1]["kind"] == "addendum"


def test_failures_are_counted_with_their_reason_and_set_aside_versions_kept(worker, source):
    enrol_offline(source)
    first, second = sealed_hearing(worker, "1-438"), sealed_hearing(worker, "2-438")
    source.record_failure(first.hearing.id, 1, "the connection broke", permanent=False)
    source.record_failure(
        second.hearing.id, 1, "refused: content changed", permanent=True, code="invalid_bundle"
    )
    pending = {t.hearing_id: t.failures for t in source.pending_transcripts()}
    assert pending == {first.hearing.id: 1}
    status = source.status()
    assert [v.last_error for v in status.failing] == ["the connection broke"]
    assert [(v.case_reference, v.last_error, v.last_error_code) for v in status.set_aside] == [
        ("2-438", "refused: content changed", "invalid_bundle")  # the code words it in German
    ]
    source.put_back(second.hearing.id, 1)
    assert len(source.pending_transcripts()) == 2


def test_assignments_become_assigned_cases_and_heard_cases_keep_their_reference(worker, source):
    case = {
        "id": "c0ffee00-0000-4000-8000-00000000000a",
        "reference": "7654321-438",
        "applicant": {"family_name": "Hamad", "given_names": "Karwan", "nationality": "IRQ"},
        "case_file": {"children_count": 2},
    }
    assignment = Assignment(assignment_id="a1", case=case, assigned_at=OLD, note="Feldreise")
    source.save_assignment(assignment)
    source.save_assignment(assignment)  # comes down again: same case, no second event
    stored = worker.submit(lambda s: s.cases.get(case["id"])).result()
    assert stored.assigned and stored.case_file == {"children_count": 2}
    assert stored.applicant.family_name == "Hamad"
    events = worker.submit(lambda s: s.audit.events()).result()
    assert [e.action for e in events].count("case.assigned") == 1


def test_returns_are_kept_once_and_answered_by_a_new_seal_version(worker, source):
    session = sealed_hearing(worker)
    returned = ReturnForRevision(
        return_id="r1",
        hearing_id=session.hearing.id,
        case_id=session.case.id,
        seal_version=1,
        comments=[{"entry_number": 1, "text": "Wann genau?", "author": "sv", "at": OLD}],
        returned_by="sv",
        returned_at=OLD,
    )
    source.save_return(returned)
    source.save_return(returned)
    (listed,) = source.returned_transcripts()
    assert listed.case_reference == "8123456-438" and not listed.answered
    assert listed.comments[0].text == "Wann genau?"
    addendum_round(session, "Es war im August.")
    assert source.returned_transcripts()[0].answered


def test_pack_updates_are_files_in_version_folders_and_older_versions_stay(tmp_path, source):
    source.install_pack("tst", "2024.3", "tst.yaml", b"id: tst\nversion: '2024.3'\n")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("pack.yaml", "id: tst\nversion: '2024.4'\n")
        z.writestr("rules.yaml", "rules: []\n")
    source.install_pack("tst", "2024.4", "tst-2024.4.zip", archive.getvalue())
    assert source.installed_pack_versions()["tst"] == "2024.4"
    assert (source.packs_dir / "tst" / "2024.3" / "tst.yaml").is_file()
    assert installed_pack_dirs(source.packs_dir) == [source.packs_dir / "tst" / "2024.4"]
    assert source.installed_pack_versions()["iraq"]  # the packs shipped with the app count too
    evil = io.BytesIO()
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("../../outside.yaml", "x")
    with pytest.raises(ValueError, match="archive member"):
        source.install_pack("tst", "2024.5", "tst.zip", evil.getvalue())
    assert not (tmp_path / "outside.yaml").exists()
    assert not (source.packs_dir / "tst" / "2024.5").exists()


def test_purge_only_after_receipt_and_retention_logged_without_text(worker, source):
    creds = enrol_offline(source)
    synced, unsent = sealed_hearing(worker, "1-438"), sealed_hearing(worker, "2-438")
    transcript = next(t for t in source.pending_transcripts() if t.hearing_id == synced.hearing.id)
    receive(source, creds, transcript, received_at=OLD)
    before_retention = datetime(2024, 1, 1, tzinfo=UTC)
    assert source.purge_synced_before(before_retention) == 0
    assert source.purge_synced_before(utcnow() - timedelta(days=30)) == 1
    purged = worker.submit(lambda s: s.hearings.get(synced.hearing.id)).result()
    kept = worker.submit(lambda s: s.hearings.get(unsent.hearing.id)).result()
    assert purged.entries == [] and [s.version for s in purged.seals] == [1]
    assert len(kept.entries) == len(unsent.hearing.entries)  # no receipt: untouched
    events = worker.submit(lambda s: s.audit.events()).result()
    (event,) = [e for e in events if e.action == "transcript.purged"]
    assert event.hearing_id == synced.hearing.id
    assert event.detail["content_hashes"] == [transcript.seal.content_hash]
    assert "Antwort" not in str(event.detail)
    assert worker.submit(lambda s: s.audit.verify()).result() == []
    assert source.purge_synced_before(utcnow()) == 0  # once only; the unsent one stays
    assert source.status().purged == 1


def test_the_database_refuses_a_purge_without_receipts(worker, source):
    unsent = sealed_hearing(worker)
    hid = unsent.hearing.id

    def delete_revisions(store):
        store.conn.execute(
            "DELETE FROM revisions WHERE entry_id IN (SELECT id FROM entries WHERE hearing_id=?)",
            (hid,),
        )

    def mark(store):
        store.conn.execute("INSERT INTO sync_purge_marker (hearing_id) VALUES (?)", (hid,))

    for job, message in ((delete_revisions, "never deleted"), (mark, "receipt")):
        with pytest.raises(Exception, match=message):
            worker.submit(job).result()
