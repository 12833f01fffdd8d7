"""`asa central verify-store`: is every stored transcript still what its device sealed?

Run after a restore from backup (docs/deployment.md, "Backup and restore") or whenever the
database may have been touched outside the service. For each stored transcript it checks,
with the same code that accepted it: the device's signature over the bundle and the seal, the
content against its sealed hash, that the row's columns agree with the signed bundle, the
service's own signature on the receipt, and that the device's audit trail the bundle carried
still matches what the service anchored and stored. Each stored audit event must still match
its own hash. Reading only; nothing is changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.central.models import Device, DeviceAuditEvent, Transcript
from app.central.repository.devices import anchor_known, stored_hashes
from app.sync.audit_chain import event_intact
from app.sync.bundle import verify_bundle
from app.sync.keys import public_key_from_hex
from app.sync.messages import AuditEventData, Bundle, Receipt
from app.sync.receipts import receipt_problems


class Failure(NamedTuple):
    what: str  # "transcript HEARING vVERSION" or "audit event DEVICE #SEQ"
    problem: str

    def __str__(self) -> str:
        return f"{self.what}: {self.problem}"


class Summary(NamedTuple):
    transcripts: int
    audit_events: int
    failures: list[Failure]


def verify_store(session: Session, service_key: Ed25519PublicKey) -> Summary:
    failures: list[Failure] = []
    transcripts = 0
    for row in session.scalars(select(Transcript).order_by(Transcript.id)):
        transcripts += 1
        what = f"transcript {row.hearing_id} v{row.seal_version}"
        failures += [Failure(what, p) for p in transcript_problems(session, row, service_key)]
    events = 0
    for event in session.scalars(select(DeviceAuditEvent)):
        events += 1
        problem = _event_problem(event)
        if problem:
            failures.append(Failure(f"audit event {event.device_id} #{event.seq}", problem))
    return Summary(transcripts, events, failures)


def transcript_problems(
    session: Session, row: Transcript, service_key: Ed25519PublicKey
) -> list[str]:
    try:
        bundle = Bundle.model_validate_json(row.bundle_json)
    except ValidationError:
        return ["the stored bundle is no longer a transcript bundle (changed or damaged)"]
    device = session.get(Device, row.device_id)
    if device is None:
        return [f"the device {row.device_id} that sent it is not in the database"]
    problems = list(verify_bundle(bundle, public_key_from_hex(device.public_key)))
    p = bundle.payload
    problems += [
        f"the row's {column} ({stored}) differs from the signed bundle ({signed})"
        for column, stored, signed in (
            ("content hash", row.content_hash, p.seal.content_hash),
            ("hearing", row.hearing_id, p.hearing_id),
            ("version", row.seal_version, p.seal.version),
            ("case", row.case_id, p.case_id),
            ("device", row.device_id, p.device_id),
        )
        if stored != signed
    ]
    try:
        receipt = Receipt.model_validate_json(row.receipt_json)
        problems += [f"receipt: {r}" for r in receipt_problems(receipt, service_key, bundle)]
    except ValidationError:
        problems.append("the stored receipt is no longer a receipt (changed or damaged)")
    problems += _audit_problems(session, row.device_id, bundle)
    return problems


def _audit_problems(session: Session, device_id: str, bundle: Bundle) -> list[str]:
    p = bundle.payload
    problems = []
    if p.audit_head.seq > 0 and not anchor_known(
        session, device_id, p.audit_head.seq, p.audit_head.hash
    ):
        problems.append(f"the audit head it carried (event {p.audit_head.seq}) is not anchored")
    sent = {e.seq: e.hash for e in [*p.audit_segment, *p.hearing_events]}
    stored = stored_hashes(session, device_id, sorted(sent))
    changed = sorted(seq for seq, digest in stored.items() if sent[seq] != digest)
    if changed:
        problems.append(
            "the stored audit trail differs from the one it carried at event(s) "
            + ", ".join(map(str, changed[:20]))
        )
    return problems


def _event_problem(event: DeviceAuditEvent) -> str:
    try:
        data = AuditEventData.model_validate_json(event.event_json)
    except ValidationError:
        return "the stored event is no longer an audit event (changed or damaged)"
    if data.seq != event.seq or data.hash != event.hash:
        return "the row's sequence number or hash differs from the stored event"
    if not event_intact(data):
        return "the event was changed after it was written (its hash does not match)"
    return ""


def report(summary: Summary) -> Iterator[str]:
    yield from (str(f) for f in summary.failures)
    verdict = "FAILED" if summary.failures else "ok"
    yield (
        f"verify-store: {summary.transcripts} transcript(s), {summary.audit_events} audit "
        f"event(s) checked; {len(summary.failures)} problem(s): {verdict}"
    )
