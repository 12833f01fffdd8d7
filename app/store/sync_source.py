"""``StoreSyncSource``: the sync's view of the real encrypted profile store.

The sync runs on its own thread; the SQLCipher connection belongs to the database thread
(``DbWorker``). So every database access here is a job on that worker
(``worker.submit(fn).result()``): the sync waits for its turn like any autosave, the
interviewer's writes are never blocked for longer than one short job, and there is never a
second connection. Jobs are kept small (one transcript each) so typing keeps getting through.

Never call these methods from the database thread itself: it would wait for itself.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.audit import AuditEvent
from app.store import sync_downsync, sync_packs, sync_purge, sync_state
from app.store.sync_downsync import ReturnedTranscript
from app.store.sync_packs import installed_pack_dirs
from app.store.sync_state import SyncStatus
from app.store.worker import DbWorker
from app.sync.bundle import SealedTranscript
from app.sync.client import DeviceCredentials
from app.sync.messages import (
    Assignment,
    AuditHead,
    EnrolResponse,
    Receipt,
    ReturnForRevision,
)

__all__ = ["StoreSyncSource", "installed_pack_dirs"]

PACK_INSTALLED = "pack.installed"


class WrongDeviceKey(ValueError):
    """Enrolment used another key than the profile's device key (which signs the seals)."""


class StoreSyncSource:
    def __init__(self, worker: DbWorker, packs_dir: Path | None = None) -> None:
        self._worker = worker
        self.packs_dir = Path(packs_dir) if packs_dir else sync_packs.default_packs_dir()
        self._pack_lock = threading.Lock()

    def _run(self, fn):
        if threading.current_thread().name.startswith("asa-db"):
            raise RuntimeError("StoreSyncSource must not be called on the database thread")
        return self._worker.submit(fn).result()

    # --- device identity -------------------------------------------------------------------

    def device_key(self) -> Ed25519PrivateKey:
        """The profile's device key: it signs seals, so it is the key to enrol."""
        return self._run(lambda s: s.device_key())

    def device_credentials(self) -> DeviceCredentials | None:
        def job(store):
            device = sync_state.device_id(store)
            return None if device is None else DeviceCredentials(device, store.device_key())

        return self._run(job)

    def save_device_credentials(
        self, credentials: DeviceCredentials, enrolment: EnrolResponse
    ) -> None:
        def job(store):
            if _raw(store.device_key()) != _raw(credentials.private_key):
                raise WrongDeviceKey(
                    "Enrol with the profile's device key (StoreSyncSource.device_key()): the "
                    "service checks seal signatures against the key it registers."
                )
            sync_state.save_device(store, credentials.device_id, enrolment)

        self._run(job)

    def enrolment(self) -> EnrolResponse | None:
        return self._run(sync_state.enrolment)

    # --- uploads ---------------------------------------------------------------------------

    def pending_transcripts(self) -> list[SealedTranscript]:
        states = [v for v in self._run(sync_state.unsent) if not v.set_aside]
        # One job per transcript: building one is the heaviest read, and autosaves queued
        # meanwhile go in between.
        return [self._run(lambda s, v=v: sync_state.sealed_transcript(s, v)) for v in states]

    def anchored_head(self) -> AuditHead | None:
        return self._run(sync_state.anchored_head)

    def audit_events_after(self, seq: int) -> list[AuditEvent]:
        return [e for e in self._run(lambda s: s.audit.events()) if e.seq > seq]

    def mark_synced(self, hearing_id: str, seal_version: int, receipt: Receipt) -> None:
        self._run(lambda s: sync_state.mark_synced(s, hearing_id, seal_version, receipt))

    def record_failure(
        self, hearing_id: str, seal_version: int, reason: str, permanent: bool, code: str = ""
    ) -> None:
        self._run(
            lambda s: sync_state.record_failure(
                s, hearing_id, seal_version, reason, permanent, code
            )
        )

    def put_back(self, hearing_id: str, seal_version: int) -> None:
        """Send a set-aside version again in the next round."""
        self._run(lambda s: sync_state.put_back(s, hearing_id, seal_version))

    def status(self) -> SyncStatus:
        return self._run(sync_state.status)

    # --- down-sync -------------------------------------------------------------------------

    def save_assignment(self, assignment: Assignment) -> None:
        self._run(lambda s: sync_downsync.save_assignment(s, assignment))

    def save_return(self, returned: ReturnForRevision) -> None:
        self._run(lambda s: sync_downsync.save_return(s, returned))

    def returned_transcripts(self) -> list[ReturnedTranscript]:
        return self._run(sync_downsync.returned_transcripts)

    def installed_pack_versions(self) -> dict[str, str]:
        """Newest version per pack id, of the packs shipped with the app and of updates: an
        update must be newer than both."""
        from app.assistant.packs.discovery import discover
        from app.paths import rules_dir
        from app.versions import version_key

        versions: dict[str, list[str]] = {}
        if rules_dir().is_dir():
            for pack_id, found in discover(rules_dir()).items():
                versions.setdefault(pack_id, []).extend(found)
        for pack_id, found in sync_packs.downloaded_versions(self.packs_dir).items():
            versions.setdefault(pack_id, []).extend(found)
        return {p: max(v, key=version_key) for p, v in versions.items() if v}

    def install_pack(self, pack_id: str, version: str, filename: str, content: bytes) -> None:
        with self._pack_lock:
            sync_packs.install(self.packs_dir, pack_id, version, filename, content)
        self._run(
            lambda s: _logged(s, PACK_INSTALLED, pack_id=pack_id, version=version, file=filename)
        )

    # --- retention -------------------------------------------------------------------------

    def purge_synced_before(self, cutoff: datetime) -> int:
        doomed = self._run(lambda s: sync_purge.purgeable(s, cutoff))
        for hearing_id in doomed:  # one transaction per hearing
            self._run(lambda s, h=hearing_id: sync_purge.purge_hearing(s, h))
        return len(doomed)


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _logged(store, action: str, **detail) -> None:
    with store.transaction():
        store.audit.append(action, None, **detail)
