"""Every write of an open hearing, kept in order until the store confirms it.

The domain has already accepted a change when its write is queued; the screen shows it at
once. The write stays here until its transaction has committed. If one fails (disk full, a
trigger refusing, the profile locked), it and everything after it wait, in order, for
``retry``: a later write never lands before an earlier one, and nothing is dropped. The queue
says at any moment whether everything is stored, which write failed and why — the status bar,
closing, locking and sealing ask it.

Jobs run on the database thread through ``submit``; the queue itself is thread-safe.

Where writes come from a UI thread, ``wake`` puts off starting the database thread until the
caller is done with what it is doing (in the UI: the next turn of its event loop). Started at
once, the database thread asked for Python's interpreter lock in the middle of the key that
queued the write and took it away from the UI thread for its share: a key cost twice its own
work (bench/bench_typing.py). Whoever waits for the queue starts a put-off drain at once.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from dataclasses import dataclass, field
from enum import StrEnum

from app.store.store import Store

Submit = Callable[[Callable[[Store], object]], Future]
Job = Callable[[Store], object]
Wake = Callable[[Callable[[], None]], None]  # runs its argument soon, on the caller's thread


class WriteKind(StrEnum):
    """What a write stores: named so that a failure can say what is not on disk."""

    ENTRY = "entry"
    TEXT = "text"
    SPEAKER = "speaker"
    HEADER = "header"
    NOTICE = "notice"
    BREAK = "break"
    READBACK = "readback"
    CORRECTION = "correction"
    SEAL = "seal"
    ADDENDUM = "addendum"
    NOTES = "notes"
    ASSISTANT = "assistant"
    EXPORT = "export"


@dataclass
class _Write:
    job: Job
    kind: WriteKind
    key: Hashable | None
    future: Future = field(default_factory=Future)
    started: bool = False


@dataclass(frozen=True)
class Failure:
    kind: WriteKind
    error: BaseException


class WriteQueue:
    def __init__(self, submit: Submit, wake: Wake | None = None) -> None:
        self._submit = submit
        self._wake = wake
        self._put_off = False  # a drain to start once ``wake`` calls back (or someone waits)
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._writes: deque[_Write] = deque()
        self._draining = False
        self._failure: Failure | None = None
        self.on_change: Callable[[], None] | None = None  # called from any thread

    # --- state --------------------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Writes not yet confirmed by the store (failed ones included)."""
        with self._lock:
            return len(self._writes)

    @property
    def failure(self) -> Failure | None:
        """The write that failed last and still waits for ``retry``."""
        with self._lock:
            return self._failure

    def pending_kinds(self) -> list[WriteKind]:
        with self._lock:
            return [w.kind for w in self._writes]

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every write is stored or one has failed; True when all are stored."""
        self.start()  # the caller blocks: its next event-loop turn would be too late
        with self._idle:
            self._idle.wait_for(lambda: not self._writes or self._failure, timeout)
            return not self._writes

    # --- writing ------------------------------------------------------------------------

    def put(self, job: Job, kind: WriteKind, key: Hashable | None = None) -> Future:
        """Queue ``job``; its future completes when the store has committed it. A write with
        the same ``key`` that has not started yet is superseded (the newer text of the same
        revision makes the older one pointless), keeping its place in the order."""
        with self._lock:
            if key is not None:
                for write in reversed(self._writes):
                    if write.key == key and not write.started:
                        write.job = job
                        return write.future
            write = _Write(job, kind, key)
            self._writes.append(write)
            start = not self._draining and self._failure is None
            if start:
                self._draining = True
                self._put_off = self._wake is not None
        if start:
            if self._wake is None:
                self._start_drain()
            else:
                self._wake(self.start)
        return write.future

    def retry(self) -> bool:
        """Run the failed write and those after it again; False when nothing had failed."""
        with self._lock:
            if self._failure is None or self._draining:
                return False
            self._failure = None
            self._draining = True
        self._start_drain()
        self._changed()
        return True

    def start(self) -> None:
        """Start a put-off drain now: for whoever leaves (closing the screen, locking), since
        the event loop's next turn may come after the database has closed."""
        with self._lock:
            if not self._put_off:
                return
            self._put_off = False
        self._start_drain()

    # --- the database thread ------------------------------------------------------------

    def _start_drain(self) -> None:
        try:
            drained = self._submit(self._drain)
        except BaseException as exc:
            self._failed(exc)
            return
        drained.add_done_callback(self._drain_done)

    def _drain_done(self, drained: Future) -> None:
        error = drained.exception()
        if error is not None:  # the worker did not run the drain (e.g. the profile locked)
            self._failed(error)

    def _drain(self, store: Store) -> None:
        with self._lock:
            write = self._next()
        while write is not None:
            try:
                with store.transaction():
                    result = write.job(store)
            except BaseException as exc:
                self._failed(exc)
                return
            with self._lock:
                self._writes.popleft()
                done, write = write, self._next()
            if write is None:
                self._changed()
            # Completing the future wakes whoever waits for it; doing so last leaves that thread
            # nothing to wait for but this one blocking for its next job.
            done.future.set_result(result)

    def _next(self) -> _Write | None:
        """The write to run now (under the lock), or None: the queue is empty and idle."""
        if not self._writes:
            self._draining = False
            self._idle.notify_all()
            return None
        write = self._writes[0]
        write.started = True
        return write

    def _failed(self, error: BaseException) -> None:
        with self._lock:
            if self._writes:
                self._writes[0].started = False
                kind = self._writes[0].kind
            else:
                kind = WriteKind.ENTRY
            self._failure = Failure(kind, error)
            self._draining = False
            self._idle.notify_all()
        self._changed()

    def _changed(self) -> None:
        if self.on_change:
            self.on_change()
