"""One sync round: send every pending sealed transcript, then bring down what is waiting.

Guarantees, whatever the network does: a transcript is marked synced only on a verified
receipt; one that keeps failing is set aside with its reason and does not hold up the others;
nothing unsent is deleted; every failure is reported with its reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.clock import utcnow
from app.sync.bundle import SealedTranscript, build_bundle
from app.sync.client import DeviceCredentials, SyncClient
from app.sync.errors import Refused, ServiceUnreachable, SyncError, UntrustedService
from app.sync.keys import generate_private_key, public_key_hex
from app.sync.messages import EnrolResponse, Receipt
from app.sync.packs import PackRefused, verify_pack
from app.sync.source import SyncSource

log = logging.getLogger("asa.sync")
SET_ASIDE_AFTER = 5  # failed attempts (over several rounds) before a version is set aside


NOT_ENROLLED = "not_enrolled"  # the code of the round's error when there is no device key yet


@dataclass(frozen=True)
class Failure:
    hearing_id: str
    seal_version: int
    reason: str  # in English, for logs and IT
    set_aside: bool
    code: str = ""  # stable (app.sync.errors): the desktop words the reason by it


@dataclass(frozen=True)
class Progress:
    to_send: int
    sent: int
    failed: int
    current: str  # what is being done now, for the status line


@dataclass
class SyncReport:
    to_send: int = 0
    sent: int = 0
    failures: list[Failure] = field(default_factory=list)
    assignments: int = 0
    returns: int = 0
    packs_installed: list[str] = field(default_factory=list)
    packs_refused: list[str] = field(default_factory=list)
    purged: int = 0
    error: str | None = None  # why the round stopped early, if it did
    error_code: str = ""

    @property
    def failed(self) -> int:
        return len(self.failures)


def enrol_device(
    source: SyncSource,
    client: SyncClient,
    code: str,
    device_name: str = "",
    key: Ed25519PrivateKey | None = None,
) -> EnrolResponse:
    """Makes the device key, registers its public half, stores both. A lost reply is fine to
    retry with the same code as long as the key is the same (the service answers the same).
    ``key``: an existing key to register instead, e.g. the desktop profile's device key, which
    also signs the seals (so the service can check seal signatures against it)."""
    key = key or generate_private_key()
    response = client.enrol(code, public_key_hex(key), device_name)
    credentials = DeviceCredentials(response.device_id, key)
    source.save_device_credentials(credentials, response)
    client.device = credentials
    return response


def run_sync(
    source: SyncSource,
    client: SyncClient,
    *,
    publisher_keys: Sequence[Ed25519PublicKey] = (),
    retention: timedelta | None = None,
    progress: Callable[[Progress], None] | None = None,
    now: Callable[[], datetime] = utcnow,
) -> SyncReport:
    report = SyncReport()
    credentials = source.device_credentials()
    if credentials is None:
        report.error = "This profile is not enrolled at the central service yet."
        report.error_code = NOT_ENROLLED
        return report
    client.device = credentials
    try:
        _send_pending(source, client, credentials, report, progress)
        _down_sync(source, client, list(publisher_keys), report)
    except Refused as exc:  # the device as a whole was refused (revoked, clock, too old, ...)
        report.error, report.error_code = exc.message, exc.code
    except SyncError as exc:  # unreachable, untrusted, or a transient fault in the down-sync
        report.error, report.error_code = str(exc), exc.code
    if retention is not None:
        report.purged = source.purge_synced_before(now() - retention)
        if report.purged:
            log.info("purged %d synced transcript(s) past the retention period", report.purged)
    _notify(progress, report, "done")
    return report


def _send_pending(
    source: SyncSource,
    client: SyncClient,
    credentials: DeviceCredentials,
    report: SyncReport,
    progress,
) -> None:
    # Fewest failures first: a version that keeps failing goes to the back of the queue.
    pending = sorted(source.pending_transcripts(), key=lambda t: t.failures)
    report.to_send = len(pending)
    for transcript in pending:
        _notify(progress, report, f"sending {transcript.hearing_id} v{transcript.seal_version}")
        try:
            receipt = _upload_one(source, client, credentials, transcript)
        except Refused as exc:
            if exc.concerns_device:
                raise
            _fail(source, report, transcript, _with_details(exc), exc.code, permanent=True)
            continue
        except (ServiceUnreachable, UntrustedService):
            raise
        except SyncError as exc:
            permanent = transcript.failures + 1 >= SET_ASIDE_AFTER
            _fail(source, report, transcript, str(exc), exc.code, permanent)
            continue
        source.mark_synced(transcript.hearing_id, transcript.seal_version, receipt)
        report.sent += 1
    _notify(progress, report, "uploads finished")


def _upload_one(
    source: SyncSource,
    client: SyncClient,
    credentials: DeviceCredentials,
    transcript: SealedTranscript,
) -> Receipt:
    base = source.anchored_head()
    events = source.audit_events_after(base.seq if base else 0)
    bundle = build_bundle(transcript, credentials.device_id, credentials.private_key, base, events)
    try:
        return client.upload(bundle)
    except Refused as exc:
        if exc.code != "audit_base_unknown":
            raise
    # The service does not know our anchor (e.g. restored from a backup): send the whole trail.
    full = build_bundle(
        transcript,
        credentials.device_id,
        credentials.private_key,
        None,
        source.audit_events_after(0),
    )
    return client.upload(full)


def _fail(
    source: SyncSource,
    report: SyncReport,
    transcript: SealedTranscript,
    reason: str,
    code: str,
    permanent: bool,
) -> None:
    if permanent and transcript.failures + 1 >= SET_ASIDE_AFTER:
        reason = f"set aside after {transcript.failures + 1} failed attempts: {reason}"
    source.record_failure(
        transcript.hearing_id, transcript.seal_version, reason, permanent, code=code
    )
    report.failures.append(
        Failure(transcript.hearing_id, transcript.seal_version, reason, permanent, code)
    )
    log.warning(
        "transcript %s v%d not sent: %s", transcript.hearing_id, transcript.seal_version, reason
    )


def _with_details(exc: Refused) -> str:
    details = [d for d in exc.details[:3] if d not in exc.message]  # not the same words twice
    return exc.message + ("" if not details else " (" + "; ".join(details) + ")")


def _down_sync(
    source: SyncSource,
    client: SyncClient,
    publisher_keys: list[Ed25519PublicKey],
    report: SyncReport,
) -> None:
    for assignment in client.fetch_assignments():
        source.save_assignment(assignment)
        report.assignments += 1
    for returned in client.fetch_returns():
        source.save_return(returned)
        report.returns += 1
    installed = source.installed_pack_versions()
    for envelope in client.fetch_pack_updates(installed):
        p = envelope.payload
        try:
            content = verify_pack(envelope, publisher_keys, installed.get(p.pack_id))
        except PackRefused as exc:
            report.packs_refused.append(str(exc))
            log.warning("rule-pack update refused: %s", exc)
            continue
        source.install_pack(p.pack_id, p.version, p.filename, content)
        report.packs_installed.append(f"{p.pack_id} {p.version}")


def _notify(progress, report: SyncReport, current: str) -> None:
    if progress is not None:
        progress(Progress(report.to_send, report.sent, report.failed, current))
