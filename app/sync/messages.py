"""The protocol's messages, shared by the desktop client and the central service.

Every signed message is a payload plus a hex Ed25519 signature over ``canonical_json(payload)``
(RFC 8785, see ``app.domain.canonical``), so both sides compute the same bytes from the same
data, and so can anyone else.

Unknown fields, which a newer minor protocol version may add (``app.sync.protocol``), are
tolerated: in signed payloads they are kept (``Signed``), so the signature is checked over
everything that was signed; elsewhere they are ignored.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from app.domain.canonical import jcs

BUNDLE_FORMAT = "asa.bundle/1"
RECEIPT_FORMAT = "asa.receipt/1"
PACK_FORMAT = "asa.pack-update/1"


class Message(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Signed(BaseModel):
    """Part of a signed payload: fields this version does not know are kept, and dumped again
    with the rest, so that the signature covers exactly what the signer signed."""

    model_config = ConfigDict(extra="allow", frozen=True)


def signed_bytes(payload: Signed) -> bytes:
    """What a payload's signature covers: the RFC 8785 form of all its fields, unknown ones
    included. Raises ``NotCanonical`` for a payload that has no such form."""
    return jcs(payload.model_dump(mode="json"))


class AuditEventData(Signed):
    """``app.domain.audit.AuditEvent`` on the wire (``at`` in canonical ISO 8601 form)."""

    seq: int = Field(ge=1)
    at: str
    actor: str
    action: str
    hearing_id: str | None
    detail: dict[str, Any]
    prev_hash: str
    hash: str


class AuditHead(Signed):
    seq: int = Field(ge=0)
    hash: str


class SealData(Signed):
    version: int = Field(ge=1)
    sealed_at: str
    content_hash: str
    covers_up_to: int
    signature: str = ""
    device_key_id: str = ""
    open_items_reason: str = ""


class HintRecord(Signed):
    """One hint the assistant showed, and what the interviewer did with it."""

    id: str
    kind: str  # contradiction | follow_up | country_info | vulnerability | ...
    rule_id: str | None
    pack_id: str | None
    pack_version: str | None
    entry_ids: list[str]  # entry numbers of ``content.entries``, as strings
    wording: str
    outcome: Literal["asked", "dismissed", "ignored"]
    asked_entry_id: str | None
    dismiss_reason: str | None


class SettledBy(Signed):
    entry_ids: list[str]
    notice: str | None
    by_hand_reason: str | None


class ChecklistRecord(Signed):
    item_id: str
    label: str
    state: Literal["settled", "open"]
    settled_by: SettledBy | None
    open_reason: str | None


class AssistantRecord(Signed):
    """The assistant's record of one sealed version (protocol 1.2; ``app.assistant.record``)."""

    format: Literal["asa-assistant-record/1"]
    pack_versions: dict[str, str]
    hints: list[HintRecord]
    checklist: list[ChecklistRecord]
    open_items_reason: str | None


class BundlePayload(Signed):
    """What the device signs: one sealed version of one transcript, and its audit evidence."""

    format: str = BUNDLE_FORMAT
    device_id: str
    hearing_id: str
    case_id: str
    seal: SealData
    content: dict[str, Any]  # niederschrift_content(...) as of the seal
    hearing_events: list[AuditEventData]  # this hearing's events, for the review
    # The device's chain after the head the service last anchored (``audit_base``; None means
    # from the very start): the service checks it extends what it anchored before.
    audit_base: AuditHead | None
    audit_segment: list[AuditEventData]
    audit_head: AuditHead
    created_at: str
    # Protocol 1.2: hints, decisions and checklist for the review. Absent (not null) when the
    # assistant kept none, so the bytes signed by 1.0 and 1.1 devices are unchanged.
    assistant_record: AssistantRecord | None = None

    @model_serializer(mode="wrap")
    def _absent_when_none(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data = handler(self)
        if data.get("assistant_record", ...) is None:
            del data["assistant_record"]
        return data


class Bundle(Message):
    payload: BundlePayload
    signature: str
    device_key_id: str


class ReceiptPayload(Signed):
    format: str = RECEIPT_FORMAT
    receipt_id: str
    device_id: str
    hearing_id: str
    seal_version: int
    content_hash: str
    received_at: str
    audit_head: AuditHead  # the head the service anchored for this device with this upload
    service_key_id: str


class Receipt(Message):
    payload: ReceiptPayload
    signature: str


class EnrolRequest(Message):
    code: str
    public_key: str  # hex of the raw Ed25519 public key
    device_name: str = ""


class EnrolResponse(Message):
    device_id: str
    user: str
    display_name: str
    office: str
    role: str
    service_key_id: str


class CaseFile(Message):
    id: str
    reference: str
    applicant: dict[str, Any]
    case_file: dict[str, Any] = {}


class Assignment(Message):
    assignment_id: str
    case: CaseFile
    assigned_at: str
    assigned_by: str = ""
    note: str = ""


class ReviewComment(Message):
    entry_number: int | None = None  # None: a comment on the whole transcript
    text: str
    author: str
    at: str


class ReturnForRevision(Message):
    return_id: str
    hearing_id: str
    case_id: str
    seal_version: int
    comments: list[ReviewComment]
    returned_by: str
    returned_at: str


class PackPayload(Signed):
    format: str = PACK_FORMAT
    pack_id: str
    version: str
    published_at: str
    filename: str
    sha256: str
    content_b64: str


class PackEnvelope(Message):
    payload: PackPayload
    signature: str
    publisher_key_id: str


class ErrorBody(Message):
    """Every refusal the service sends: a stable code for programs, a message for people."""

    error: str
    message: str
    details: list[str] = []
