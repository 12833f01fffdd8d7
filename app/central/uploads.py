"""Receiving a bundle exactly once, and anchoring the device's audit head with it.

Order matters: the device is locked first (uploads of one device never interleave, on any
process); a bundle already stored is answered with its stored receipt before anything else is
checked, so a resend after a lost reply always gets the same receipt; the transcript row, the
new anchor and the receipt are written in one transaction, so a crash leaves either all of
them or none.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import ValidationError

from app.central.auth import read_signature, stale_nonces_cutoff, verified_device
from app.central.errors import ApiError, bad_request, conflict, forbidden
from app.central.repository.devices import RequestDevice
from app.central.repository.uploads import (
    StateQuery,
    StoredCopy,
    UploadState,
    anchor_row,
)
from app.central.review_facts import facts_of_bundle
from app.domain.canonical import to_plain
from app.sync.audit_chain import contains_head
from app.sync.bundle import verify_bundle
from app.sync.keys import public_key_from_hex
from app.sync.messages import AuditEventData, AuditHead, Bundle, BundlePayload
from app.sync.receipts import issue_receipt


class UploadDatabase(Protocol):
    """What an upload reads and writes (``repository.uploads.SessionUploads``, and on
    PostgreSQL ``repository.upload_pipeline.PipelinedUploads``)."""

    def open(
        self,
        device_id: str,
        nonce: str,
        now: datetime,
        query: StateQuery | None,
        stale_nonces_before: datetime | None,
    ) -> tuple[RequestDevice | None, bool, UploadState]: ...

    def store(
        self, transcript: dict[str, Any], anchor: dict[str, Any] | None, events: list[dict]
    ) -> bool: ...

    def lookups(self, device_id: str, query: StateQuery) -> UploadState: ...

    def stored_copy(self, hearing_id: str, version: int) -> StoredCopy | None: ...


def parse_bundle(body: bytes) -> Bundle:
    try:
        return Bundle.model_validate_json(body)
    except ValidationError as exc:
        details = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:20]]
        raise bad_request(
            "invalid_bundle", "The upload is not a transcript bundle.", details
        ) from None


# Up to this size a body is parsed before the request's signature is verified, so that its
# lookups can go to the database together with the device's (one round trip less). Larger
# bodies are parsed only for a verified device: whoever holds no key must not make the
# service parse megabytes of JSON (this much costs about as much as the signature check every
# request gets anyway).
PARSED_BEFORE_SIGNATURE_BYTES = 64 * 1024


def receive_upload(
    db: UploadDatabase,
    headers,
    path_and_query: str,
    body: bytes,
    now: datetime,
    clock_skew_seconds: int,
    service_key: Ed25519PrivateKey,
) -> tuple[bool, str]:
    """(stored now?, receipt JSON) for a signed ``POST`` of a bundle. Raises ApiError for
    anything that must be refused, in the order a client learns of it: the request's
    signature first, then the bundle. Nothing read from the database is used, or told, before
    the signature is verified."""
    signed = read_signature(headers, now, clock_skew_seconds)
    early = len(body) <= PARSED_BEFORE_SIGNATURE_BYTES
    bundle, refusal = _bundle_or_refusal(body) if early else (None, None)
    device, fresh_nonce, state = (
        db.open(
            signed.device_id,
            signed.nonce,
            now,
            _state_query(bundle.payload) if bundle is not None else None,
            stale_nonces_cutoff(now, clock_skew_seconds),
        )
        if signed.well_formed
        else (None, False, UploadState())
    )
    device = verified_device(signed, device, fresh_nonce, "POST", path_and_query, body)
    if not early:
        bundle, refusal = _bundle_or_refusal(body)
        if bundle is not None:
            state = db.lookups(device.id, _state_query(bundle.payload))
    if bundle is None:
        raise refusal
    return _accept(db, device, bundle, body, state, now, service_key)


def _bundle_or_refusal(body: bytes) -> tuple[Bundle | None, ApiError | None]:
    try:
        return parse_bundle(body), None
    except ApiError as not_a_bundle:
        return None, not_a_bundle


def _state_query(p: BundlePayload) -> StateQuery:
    sent = _sent_events(p)
    return StateQuery(
        p.hearing_id,
        p.seal.version,
        p.audit_base.seq if p.audit_base is not None else -1,
        sorted({*sent, p.audit_head.seq}),
    )


def _sent_events(p: BundlePayload) -> dict[int, str]:
    return {e.seq: e.hash for e in [*p.audit_segment, *p.hearing_events]}


def _accept(
    db: UploadDatabase,
    device: RequestDevice,
    bundle: Bundle,
    body: bytes,
    state: UploadState,
    now: datetime,
    service_key: Ed25519PrivateKey,
) -> tuple[bool, str]:
    p = bundle.payload
    if p.device_id != device.id:
        raise forbidden(
            "wrong_device",
            "The bundle was made by another device than the one "
            "sending it; each device sends only its own transcripts.",
        )
    problems = verify_bundle(bundle, public_key_from_hex(device.public_key))
    if problems:
        raise ApiError(
            422,
            "invalid_bundle",
            "The transcript bundle failed verification and was not stored: " + problems[0],
            problems,
        )
    if state.existing is not None:
        return False, _same_or_conflict(state.existing, device, p.seal.content_hash)
    _check_audit_extends_anchor(state, _sent_events(p), bundle)
    receipt = issue_receipt(bundle, p.audit_head, to_plain(now), service_key)
    receipt_json = receipt.model_dump_json()
    anchored = p.audit_head.seq > 0
    inserted = db.store(
        {
            "hearing_id": p.hearing_id,
            "seal_version": p.seal.version,
            "case_id": p.case_id,
            "device_id": device.id,
            "user_id": device.user_id,
            "office_id": device.office_id,
            "content_hash": p.seal.content_hash,
            "bundle_json": body.decode("utf-8"),
            "receipt_json": receipt_json,
            "received_at": now,
            "review_state": "resent" if p.seal.version > 1 else "received",
            "superseded": False,
            **facts_of_bundle(_facts_source(p)).as_columns(),
        },
        anchor_row(device.id, p.audit_head.seq, p.audit_head.hash, now) if anchored else None,
        [_event_row(device.id, e) for e in p.audit_segment] if anchored else [],
    )
    if not inserted:  # another process stored it between our check and our insert
        existing = db.stored_copy(p.hearing_id, p.seal.version)
        return False, _same_or_conflict(existing, device, p.seal.content_hash)
    return True, receipt_json


def _facts_source(p) -> dict:
    """The parts of the payload facts_of_bundle reads, without dumping the whole payload."""
    record = getattr(p, "assistant_record", None)
    if record is not None and hasattr(record, "model_dump"):
        record = record.model_dump(mode="json")
    return {"content": p.content, "assistant_record": record}


def _event_row(device_id: str, event: AuditEventData) -> dict:
    plain = event.model_dump(mode="json")
    return {
        "device_id": device_id,
        "seq": event.seq,
        "hash": event.hash,
        "hearing_id": event.hearing_id,
        "event_json": orjson.dumps(plain, option=orjson.OPT_SORT_KEYS).decode(),
    }


def _same_or_conflict(existing: StoredCopy, device: RequestDevice, content_hash: str) -> str:
    if existing.device_id != device.id:
        raise conflict(
            "sent_by_another_device",
            "A transcript with this id and version was "
            "already received from another device; this copy was not stored.",
        )
    if existing.content_hash != content_hash:
        raise conflict(
            "conflicting_version",
            f"Version {existing.seal_version} of this transcript was already received with "
            "different content; a changed transcript must be sealed again as a new version. "
            "This copy was not stored and nothing at the service was changed.",
            [f"received content hash {existing.content_hash}", f"sent content hash {content_hash}"],
        )
    return existing.receipt_json


def _check_audit_extends_anchor(state: UploadState, sent: dict[int, str], bundle: Bundle) -> None:
    p = bundle.payload
    base = p.audit_base
    anchored = (
        AuditHead(seq=state.latest_anchor[0], hash=state.latest_anchor[1])
        if state.latest_anchor is not None
        else None
    )
    if (
        base is not None
        and base.seq > 0
        and not (anchored is not None and (base.seq, base.hash) == (anchored.seq, anchored.hash))
        and state.base_anchor_hash != base.hash  # an older anchor
    ):
        raise conflict(
            "audit_base_unknown",
            "The audit head the device builds on was never "
            "anchored here; send the audit trail from its start.",
        )
    late = [e.seq for e in p.hearing_events if e.seq > p.audit_head.seq]
    if late:
        raise bad_request(
            "invalid_bundle",
            f"Audit event {late[0]} of the hearing lies beyond the audit head the bundle names.",
        )
    _check_against_stored_events(state, sent)
    if anchored is None:
        return
    if not contains_head(base, p.audit_segment, anchored) and not _older_view(state, p):
        raise conflict(
            "audit_trail_rewritten",
            f"The device's audit trail no longer contains event {anchored.seq}, which was "
            "anchored here before: the trail was truncated or rewritten. The transcript was "
            "not stored; contact IT before sending again.",
        )


def _check_against_stored_events(state: UploadState, sent: dict[int, str]) -> None:
    """Events the service already holds must come back unchanged, wherever they appear."""
    changed = sorted(
        seq for seq, digest in state.stored_hashes.items() if seq in sent and sent[seq] != digest
    )
    if changed:
        raise conflict(
            "audit_trail_rewritten",
            f"The device's audit trail differs from what was anchored here before (event "
            f"{changed[0]} was changed, removed or replaced): the trail was truncated or "
            "rewritten. The transcript was not stored; contact IT before sending again.",
            [f"changed audit events: {', '.join(map(str, changed[:20]))}"],
        )


def _older_view(state: UploadState, p) -> bool:
    """A bundle built before a later one was anchored (sent concurrently, or a delayed retry)
    ends earlier in the chain; that is no truncation if it ends exactly on an event we hold.
    Every event it carries was already compared with the stored chain."""
    if p.audit_head.seq == 0:
        return False
    return state.stored_hashes.get(p.audit_head.seq) == p.audit_head.hash
