"""Bundles: one sealed version of a transcript, signed by the device, as it travels.

The device signs ``signed_bytes(payload)`` (RFC 8785) with its Ed25519 key. Anyone holding the device's
public key can check the bundle without the desktop app: the content hash is recomputed from
the content, the seal must name the same hash, and the audit evidence must be intact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.audit import AuditEvent
from app.domain.canonical import NotCanonical, jcs_with_member, sha256_hex, to_plain
from app.domain.clock import utcnow
from app.domain.hearing import Seal
from app.sync.audit_chain import event_intact, event_to_data, head_of, verify_segment
from app.sync.keys import content_hash_signed_by, key_id, sign_hex, signature_valid
from app.sync.messages import (
    BUNDLE_FORMAT,
    AuditEventData,
    AuditHead,
    Bundle,
    BundlePayload,
    SealData,
    signed_bytes,
)


@dataclass(frozen=True)
class SealedTranscript:
    """One sealed version waiting to be sent, as the desktop store hands it to the sync."""

    hearing_id: str
    case_id: str
    seal: Seal
    content: dict[str, Any]  # niederschrift_content(case, hearing, seal.covers_up_to)
    hearing_events: list[AuditEvent] = field(default_factory=list)
    failures: int = 0  # failed attempts so far, as the store counted them
    assistant_record: dict[str, Any] | None = None  # app.assistant.record.record_of_seal

    @property
    def seal_version(self) -> int:
        return self.seal.version

    @property
    def key(self) -> tuple[str, int]:
        return (self.hearing_id, self.seal.version)


def seal_data(seal: Seal) -> SealData:
    return SealData(
        version=seal.version,
        sealed_at=to_plain(seal.sealed_at),
        content_hash=seal.content_hash,
        covers_up_to=seal.covers_up_to,
        signature=seal.signature,
        device_key_id=seal.device_key_id,
        open_items_reason=seal.open_items_reason,
    )


def build_bundle(
    transcript: SealedTranscript,
    device_id: str,
    private_key: Ed25519PrivateKey,
    audit_base: AuditHead | None,
    audit_segment: list[AuditEvent],
) -> Bundle:
    segment = [event_to_data(e) for e in audit_segment]
    payload = BundlePayload(
        format=BUNDLE_FORMAT,
        device_id=device_id,
        hearing_id=transcript.hearing_id,
        case_id=transcript.case_id,
        seal=seal_data(transcript.seal),
        content=to_plain(transcript.content),
        hearing_events=[event_to_data(e) for e in transcript.hearing_events],
        audit_base=audit_base,
        audit_segment=segment,
        audit_head=head_of(segment, audit_base),
        created_at=to_plain(utcnow()),
        assistant_record=transcript.assistant_record,
    )
    return Bundle(
        payload=payload,
        signature=sign_hex(private_key, signed_bytes(payload)),
        device_key_id=key_id(private_key),
    )


def verify_bundle(bundle: Bundle, device_key: Ed25519PublicKey) -> list[str]:
    """Everything wrong with the bundle, as sentences for the user (empty when it is sound)."""
    p = bundle.payload
    if p.format != BUNDLE_FORMAT:
        return [f"unknown bundle format {p.format!r} (expected {BUNDLE_FORMAT})"]
    try:
        # What the signature covers and the content it seals, canonicalised in one pass;
        # as ``signed_bytes`` and ``content_hash`` (the content is JSON already).
        signed, content = jcs_with_member(p.model_dump(mode="json"), "content")
        actual = sha256_hex(content)
    except NotCanonical as exc:
        return [f"the bundle has no canonical form (RFC 8785): {exc}"]
    if not signature_valid(device_key, bundle.signature, signed):
        return ["the device signature does not match the bundle (changed, or wrong device key)"]
    problems: list[str] = []
    if actual != p.seal.content_hash:
        problems.append("the transcript content does not match its sealed content hash")
    if p.seal.signature and not content_hash_signed_by(
        device_key, p.seal.signature, p.seal.content_hash
    ):
        # Seals are signed by the profile's device key, the key the desktop enrols.
        problems.append("the seal was not signed by this device's key")
    hearing = p.content.get("hearing", {}) if isinstance(p.content, dict) else {}
    case = p.content.get("case", {}) if isinstance(p.content, dict) else {}
    if hearing.get("id") != p.hearing_id:
        problems.append("the content belongs to another hearing than the bundle names")
    if case.get("id") != p.case_id:
        problems.append("the content belongs to another case than the bundle names")
    problems += _audit_problems(p)
    return problems


def _audit_problems(p: BundlePayload) -> list[str]:
    problems = verify_segment(p.audit_base, p.audit_segment)
    if head_of(p.audit_segment, p.audit_base) != p.audit_head:
        problems.append("the audit head does not match the end of the audit trail sent")
    # A hearing event that is also in a sound segment, unchanged, had its hash recomputed
    # there already: each event is hashed once (the hashes cost most of these checks).
    verified = {e.seq: e for e in p.audit_segment} if not problems else {}
    for ev in p.hearing_events:
        if ev.hearing_id != p.hearing_id:
            problems.append(f"audit event {ev.seq} belongs to another hearing")
        elif verified.get(ev.seq) != ev and not event_intact(ev):
            problems.append(f"audit event {ev.seq} of the hearing was changed after it was written")
    by_seq = {e.seq: e.hash for e in p.audit_segment}
    for ev in p.hearing_events:
        if ev.seq in by_seq and by_seq[ev.seq] != ev.hash:
            problems.append(
                f"audit event {ev.seq} differs between the hearing and the device trail"
            )
    return problems


def events_data(events: list[AuditEventData]) -> list[dict[str, Any]]:
    return [e.model_dump(mode="json") for e in events]
