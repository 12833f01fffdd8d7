"""SyncController: runs sync rounds in the background and tells the UI how they go.

Rounds run on a thread of their own ("asa-sync"), never on the UI thread and never on the
database thread: the network may take seconds, and the interviewer keeps typing meanwhile
(the store's jobs of a round are small and queue between autosaves). Results come back to the
UI thread through ``app.ui.tasks.run`` and Qt signals.

When: after unlock, then whenever a poll finds the service reachable (quick ``reachable()``
check; the wait doubles while it is not, up to ``max_delay``), when new sealed versions appear
locally, periodically to fetch returns and assignments, and on demand ("Sync now").
A round with failures is retried with backoff as well.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.deployment import Deployment
from app.store import sync_downsync, sync_state
from app.store.sync_source import StoreSyncSource
from app.store.worker import DbWorker
from app.sync.client import SyncClient
from app.sync.errors import SyncError
from app.sync.runner import SyncReport, enrol_device, run_sync
from app.ui import tasks
from app.ui.sync.reasons import reason_text
from app.ui.sync.states import (
    ATTENTION,
    ERROR,
    NOT_ENROLLED,
    OFF,
    OFFLINE,
    SYNCING,
    UP_TO_DATE,
)

log = logging.getLogger("asa.ui.sync")  # counts and states only, never case data


class SyncController(QObject):
    # state, reason code, reason in English (app.ui.sync.reasons words it for the user)
    state_changed = Signal(str, str, str)
    progress = Signal(object)  # app.sync.runner.Progress, while a round sends
    status_changed = Signal(object)  # app.store.sync_state.SyncStatus
    round_finished = Signal(object)  # SyncReport
    enrolment_finished = Signal(bool, str)  # ok, message (error text when not ok)

    def __init__(
        self,
        worker: DbWorker,
        deployment: Deployment,
        parent: QObject | None = None,
        *,
        packs_dir: Path | None = None,
        client_factory: Callable[[], SyncClient] | None = None,
        min_delay: float = 5.0,
        max_delay: float = 300.0,
        periodic: float = 600.0,
        status_every: float = 15.0,
    ) -> None:
        super().__init__(parent)
        self.deployment = deployment
        self.worker = worker
        self.source = StoreSyncSource(worker, packs_dir)
        self._client_factory = client_factory or deployment.make_client
        self._client: SyncClient | None = None  # made and used on the sync thread only
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="asa-sync")
        self.min_delay, self.max_delay, self.periodic = min_delay, max_delay, periodic
        self._delay = min_delay
        self.running = False
        self.stopped = False
        self.state = OFF
        self.last_report: SyncReport | None = None
        self.last_status: sync_state.SyncStatus | None = None
        self._next_round = QTimer(self, singleShot=True)
        self._next_round.timeout.connect(lambda: self._begin_round())
        self._status_timer = QTimer(self, interval=int(status_every * 1000))
        self._status_timer.timeout.connect(self.refresh_status)
        self.state_changed.connect(self._remember_state)  # also "syncing" from the sync thread

    # --- life cycle (UI thread) -------------------------------------------------------------

    def start(self) -> None:
        if not self.deployment.sync_configured:
            self._set_state(OFF)
            return
        self.refresh_status()
        self._status_timer.start()
        self._schedule(0)

    def stop(self) -> None:
        """Before the profile locks: no new round; a running one ends on its own (its next
        database job finds the store closed) and its result is ignored."""
        if self.stopped:
            return
        self.stopped = True
        self._next_round.stop()
        self._status_timer.stop()
        # Closing the client from here makes a request in flight fail at once, so the sync
        # thread ends quickly (at exit Python waits for it) instead of retrying for minutes.
        self._close_client()
        self._executor.shutdown(wait=False, cancel_futures=True)

    def sync_now(self) -> None:
        if self.deployment.sync_configured and not self.running:
            self._delay = self.min_delay
            self._next_round.stop()
            self._begin_round()

    def enrol(self, code: str, device_name: str) -> None:
        if self.stopped:
            return

        def job() -> None:
            key = self.source.device_key()
            enrol_device(self.source, self._get_client(), code.strip(), device_name, key=key)

        future = self._executor.submit(job)
        tasks.run(future, lambda _r: self._enrolled(), self._enrol_failed)

    def put_back(self, hearing_id: str, seal_version: int) -> None:
        """Send a set-aside transcript again (the user dealt with the cause)."""
        job = self.worker.submit(lambda s: sync_state.put_back(s, hearing_id, seal_version))
        tasks.run(job, lambda _r: self.sync_now(), self._show_failure)

    def refresh_status(self) -> None:
        if not self.stopped:
            tasks.run(self.worker.submit(sync_state.status), self._status_loaded, lambda _e: None)

    def load_returns(self, on_done: Callable[[list], None]) -> None:
        tasks.run(
            self.worker.submit(sync_downsync.returned_transcripts), on_done, self._show_failure
        )

    # --- rounds -------------------------------------------------------------------------------

    def _schedule(self, seconds: float) -> None:
        if not self.stopped:
            self._next_round.start(int(seconds * 1000))

    def _begin_round(self) -> None:
        if self.stopped or self.running:
            return
        self.running = True
        tasks.run(self._executor.submit(self._round), self._round_done, self._round_failed)

    def _round(self) -> tuple[str, SyncReport | None]:
        """On the sync thread: check, then one round of ``run_sync``."""
        if self.source.device_credentials() is None:
            return NOT_ENROLLED, None
        client = self._get_client()
        if not client.reachable():
            return OFFLINE, None
        self.state_changed.emit(SYNCING, "", "")  # queued to the UI thread
        report = run_sync(
            self.source,
            client,
            publisher_keys=self.deployment.publisher_key_list(),
            retention=self.deployment.retention,
            progress=self.progress.emit,
        )
        return UP_TO_DATE, report

    def _round_done(self, outcome: tuple[str, SyncReport | None]) -> None:
        self.running = False
        if self.stopped:
            return
        state, report = outcome
        self.last_report = report
        if report is not None:
            log.info(
                "sync round: sent %d of %d, %d failed", report.sent, report.to_send, report.failed
            )
            self.round_finished.emit(report)
            if report.error:
                state = ERROR
            elif report.failures:
                state = ATTENTION
        if report is None:
            self._set_state(state)
        else:
            self._set_state(state, report.error_code, report.error or "")
        self.refresh_status()
        if state == NOT_ENROLLED:
            return  # enrolment starts the next round
        if state in (OFFLINE, ERROR) or (report and any(not f.set_aside for f in report.failures)):
            self._schedule(self._delay)  # back off while the service or the network struggles
            self._delay = min(self._delay * 2, self.max_delay)
        else:
            self._delay = self.min_delay
            self._schedule(self.periodic)

    def _round_failed(self, error: BaseException) -> None:
        self.running = False
        if self.stopped:
            return
        log.warning("sync round failed: %s", type(error).__name__)
        self._show_failure(error)
        self._schedule(self._delay)
        self._delay = min(self._delay * 2, self.max_delay)

    def _status_loaded(self, status: sync_state.SyncStatus) -> None:
        if self.stopped:
            return
        previous, self.last_status = self.last_status, status
        self.status_changed.emit(status)
        newly_sealed = previous is not None and len(status.to_send) > len(previous.to_send)
        if newly_sealed and not self.running and self.state in (UP_TO_DATE, ATTENTION):
            self._schedule(0)  # a transcript was just sealed: send it now

    # --- enrolment ----------------------------------------------------------------------------

    def _enrolled(self) -> None:
        log.info("device enrolled")
        self.enrolment_finished.emit(True, "")
        self.sync_now()

    def _enrol_failed(self, error: BaseException) -> None:
        if not isinstance(error, SyncError):
            log.warning("enrolment failed: %s", type(error).__name__)
        self.enrolment_finished.emit(False, reason_text(_code(error), str(error)))

    # --- helpers ------------------------------------------------------------------------------

    def _get_client(self) -> SyncClient:
        if self._client is None:
            self._client = self._client_factory()
        return self._client

    def _close_client(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(Exception):  # closing twice or mid-request is fine
                client.close()

    def _remember_state(self, state: str, _code: str, _detail: str) -> None:
        self.state = state

    def _set_state(self, state: str, code: str = "", detail: str = "") -> None:
        self.state_changed.emit(state, code, detail)  # on the UI thread: remembered at once

    def _show_failure(self, error: BaseException) -> None:
        self._set_state(ERROR, _code(error), str(error))


def _code(error: BaseException) -> str:
    """The stable code of a sync failure; empty for anything else (its words are shown)."""
    return error.code if isinstance(error, SyncError) else ""
