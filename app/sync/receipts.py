"""Receipts: the service's signed statement that it holds one sealed transcript version.

The client trusts a receipt only when it is signed by the service key that deployment
configured *and* names exactly what was sent (device, hearing, version, content hash).
"""

from __future__ import annotations

import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.canonical import NotCanonical
from app.sync.keys import key_id, sign_hex, signature_valid
from app.sync.messages import (
    RECEIPT_FORMAT,
    AuditHead,
    Bundle,
    Receipt,
    ReceiptPayload,
    signed_bytes,
)


def issue_receipt(
    bundle: Bundle, audit_head: AuditHead, received_at: str, service_key: Ed25519PrivateKey
) -> Receipt:
    p = bundle.payload
    payload = ReceiptPayload(
        format=RECEIPT_FORMAT,
        receipt_id=str(uuid.uuid4()),
        device_id=p.device_id,
        hearing_id=p.hearing_id,
        seal_version=p.seal.version,
        content_hash=p.seal.content_hash,
        received_at=received_at,
        audit_head=audit_head,
        service_key_id=key_id(service_key),
    )
    signature = sign_hex(service_key, signed_bytes(payload))
    return Receipt(payload=payload, signature=signature)


def receipt_problems(
    receipt: Receipt, service_key: Ed25519PublicKey, bundle: Bundle | None = None
) -> list[str]:
    """Why the receipt cannot be trusted (empty when it can)."""
    p = receipt.payload
    if p.format != RECEIPT_FORMAT:
        return [f"unknown receipt format {p.format!r}"]
    try:
        data = signed_bytes(p)
    except NotCanonical as exc:
        return [f"the receipt has no canonical form (RFC 8785): {exc}"]
    if not signature_valid(service_key, receipt.signature, data):
        return ["the receipt is not signed by the configured central service key"]
    if bundle is None:
        return []
    b = bundle.payload
    expected = (b.device_id, b.hearing_id, b.seal.version, b.seal.content_hash)
    got = (p.device_id, p.hearing_id, p.seal_version, p.content_hash)
    if expected != got:
        return ["the receipt is for another transcript than the one sent"]
    return []
