"""The seam between the sync and the desktop's encrypted store.

The store implements ``SyncSource``; the sync never touches SQL or Qt. Every method is called
from the sync's worker thread and must be safe to call while the interviewer keeps typing (the
store's own locking). Methods that change state must be durable before they return: the sync
relies on that for "marked synced only on a receipt" and "nothing unsent is ever deleted".
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol, runtime_checkable

from app.domain.audit import AuditEvent
from app.sync.bundle import SealedTranscript
from app.sync.client import DeviceCredentials
from app.sync.messages import (
    Assignment,
    AuditHead,
    EnrolResponse,
    Receipt,
    ReturnForRevision,
)


@runtime_checkable
class SyncSource(Protocol):
    # --- device identity -----------------------------------------------------------------
    def device_credentials(self) -> DeviceCredentials | None:
        """The enrolled device id and its Ed25519 private key; None before enrolment."""

    def save_device_credentials(
        self, credentials: DeviceCredentials, enrolment: EnrolResponse
    ) -> None:
        """Store the key (encrypted, with the profile) and the enrolment answer."""

    # --- uploads ---------------------------------------------------------------------------
    def pending_transcripts(self) -> list[SealedTranscript]:
        """Sealed versions without a receipt that are not set aside, oldest first. Each carries
        ``failures``: how many attempts failed so far (the sync sets aside a version that keeps
        failing, so it never blocks the others)."""

    def anchored_head(self) -> AuditHead | None:
        """The audit head named by the newest receipt (what the service has anchored)."""

    def audit_events_after(self, seq: int) -> list[AuditEvent]:
        """The device's audit events with a sequence number above ``seq``, in order."""

    def mark_synced(self, hearing_id: str, seal_version: int, receipt: Receipt) -> None:
        """Record the receipt and, in the same transaction, ``receipt.payload.audit_head`` as
        the anchored head when it is newer (higher seq) than the one held. Called only with a
        receipt the sync has verified."""

    def record_failure(
        self, hearing_id: str, seal_version: int, reason: str, permanent: bool, code: str = ""
    ) -> None:
        """Remember why sending failed (shown to the user: ``reason`` in English, ``code``
        stable, for the user's language). ``permanent``: set the version aside until the
        user or IT acts; it is kept, never deleted."""

    # --- down-sync -------------------------------------------------------------------------
    def save_assignment(self, assignment: Assignment) -> None:
        """Create or update the assigned case (idempotent: the same one comes down again)."""

    def save_return(self, returned: ReturnForRevision) -> None:
        """Reopen the hearing for an addendum round with the comments (idempotent by
        ``return_id``); the next seal is sent as a new version."""

    def installed_pack_versions(self) -> dict[str, str]:
        """Pack id -> newest installed version."""

    def install_pack(self, pack_id: str, version: str, filename: str, content: bytes) -> None:
        """Install a verified pack; keep older versions for hearings started under them."""

    # --- retention -------------------------------------------------------------------------
    def purge_synced_before(self, cutoff: datetime) -> int:
        """Delete local copies whose receipt is older than ``cutoff`` (never one without a
        receipt), log the purge in the audit trail, and return how many were purged."""
