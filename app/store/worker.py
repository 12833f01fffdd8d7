"""The one home of the database connection: a single background thread.

SQLite connections must not cross threads, and the UI thread must never wait for the disk.
Every database job runs here, in order of submission, and returns a Future. The Qt layer turns
the futures into signals (``app.ui.tasks``); tests and scripts can simply wait on them.

A plain thread reading a queue rather than a ``ThreadPoolExecutor``: the autosave hands every
keystroke batch to this thread, and the executor's per-job bookkeeping (work item, thread-count
check, idle semaphore) was a measurable part of that hand-over (docs/benchmarks.md, Autosave).
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from concurrent.futures import Future
from queue import SimpleQueue
from typing import TypeVar

from app.store.keys import wipe
from app.store.store import Store

T = TypeVar("T")

_STOP = None
_running: set[DbWorker] = set()


@atexit.register
def _stop_all() -> None:
    """At interpreter exit, let every worker still running finish its queued jobs (the last
    keystrokes' writes) before the process ends; its thread is a daemon only so that a worker
    a script forgot to shut down cannot keep the process alive."""
    for worker in list(_running):
        worker.stop()


class StoreClosed(Exception):
    """The profile is locked or closed; the job was not run."""


class DbWorker:
    def __init__(self) -> None:
        self._jobs: SimpleQueue[tuple[Callable[[], object], Future] | None] = SimpleQueue()
        self._store: Store | None = None  # touched only on the worker thread
        self._accepting = True
        self._lock = threading.Lock()  # orders "accepting" against queueing the stop
        self._thread = threading.Thread(target=self._run, name="asa-db", daemon=True)
        self._thread.start()
        _running.add(self)

    def _run(self) -> None:
        jobs = self._jobs
        while (item := jobs.get()) is not _STOP:
            job, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = job()
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)
            del item, job, future  # drop references before blocking for the next job

    def _queue(self, job: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            if self._accepting:
                self._jobs.put((job, future))
                return future
        # shut down: a late callback after locking gets a clear answer
        future.set_exception(StoreClosed("The profile is locked."))
        return future

    def open(self, path: str, key: bytearray, actor: str) -> Future[bool]:
        """Open the profile database; the future's result says whether the previous session
        ended abnormally. The key is wiped once SQLCipher has it."""

        def job() -> bool:
            try:
                self._store = Store.open(path, key, actor)
            finally:
                wipe(key)
            return self._store.mark_in_use()

        return self._queue(job)

    def submit(self, fn: Callable[[Store], T]) -> Future[T]:
        def job() -> T:
            if self._store is None:
                raise StoreClosed("The profile is locked.")
            return fn(self._store)

        return self._queue(job)

    def close(self, clean: bool = True) -> Future[None]:
        """Close the database (after every queued job); ``clean`` records a normal end."""

        def job() -> None:
            store, self._store = self._store, None
            if store is not None:
                if clean:
                    store.mark_closed()
                store.close()

        return self._queue(job)

    def stop(self) -> None:
        """Run every job queued so far, then end the thread; later jobs get StoreClosed."""
        with self._lock:
            if self._accepting:
                self._accepting = False
                self._jobs.put(_STOP)
        _running.discard(self)
        if threading.current_thread() is not self._thread:
            self._thread.join()

    def shutdown(self) -> None:
        closed = self.close()
        self.stop()
        closed.result()
