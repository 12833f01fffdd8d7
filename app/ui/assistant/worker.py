"""The assistant's own thread: the session lives there, the UI thread only applies results.

Everything that reads or changes the session (reading an edited entry, a decision on a hint or
fact, a change of language) runs on one worker thread in submission order. Edits are
coalesced: the UI hands over the newest text of each entry; a job takes whatever is pending
when it starts, so a burst of typing costs one update, not one per key. Each job that changed
something ends in a :class:`PanelView` - an immutable snapshot the panel's models and the
highlighter apply on the UI thread. Views are numbered; the UI applies only the newest and
drops a stale one (carrying over which entries and hints it touched, so nothing is missed).
A job that changed nothing sends nothing: an idle hearing keeps the panel still.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.assistant import Analysis, Checklist, EntryInput, Fact, Hint, HintDecision, pacing
from app.ui import tasks

# While the assistant's thread reads a long entry, every call from Qt into Python on the UI
# thread (a row drawn, a paragraph coloured, a key handled) waits for the interpreter lock; by
# default a thread holds it up to 5 ms before it must hand it over. 0.5 ms halves the UI
# thread's stalls while the assistant works (bench/bench_typing.py, long narratives), at a
# small cost in the background threads' throughput.
UI_SWITCH_INTERVAL = 0.0005


@dataclass(frozen=True)
class PanelView:
    """What the panel shows, as of one moment of the session (never mutated afterwards)."""

    generation: int
    hints: tuple[Hint, ...]
    decisions: dict[str, HintDecision]
    facts_by_entry: dict[int, tuple[Fact, ...]]  # detected facts shown in "Detected", by entry
    confirmed: frozenset[str]
    rejected: frozenset[str]
    checklist: Checklist
    pack_versions: dict[str, str]
    language: str
    touched: frozenset[int] = frozenset()  # entries whose facts may differ from the last view
    changed: frozenset[str] = frozenset()  # hint, fact and item ids whose content changed
    full: bool = False  # the first view of a (re)built session: take everything
    state: dict[str, Any] | None = field(default=None, compare=False)  # to save, if decided

    def fact_status(self, fact_id: str) -> str:
        if fact_id in self.rejected:
            return "rejected"
        return "confirmed" if fact_id in self.confirmed else "detected"

    def decision(self, hint_id: str) -> HintDecision | None:
        return self.decisions.get(hint_id)

    def hint(self, hint_id: str) -> Hint | None:
        return next((h for h in self.hints if h.id == hint_id), None)


def shown_facts(session: Analysis, number: int) -> tuple[Fact, ...]:
    """Words the applicant said (not the case file, not bookkeeping facts)."""
    return tuple(f for f in session.facts_in_entry(number) if f.text)


class AssistantWorker(QObject):
    view_ready = Signal(object)  # PanelView, on the UI thread
    failed = Signal(object)  # an exception from a job, on the UI thread

    def __init__(self, parent=None):
        super().__init__(parent)
        if sys.getswitchinterval() > UI_SWITCH_INTERVAL:
            sys.setswitchinterval(UI_SWITCH_INTERVAL)
        # Its long loops step aside while the interviewer types (app.assistant.pacing): the
        # UI thread reports keys with typed().
        self.typing = pacing.TypingPause()
        self._pool = ThreadPoolExecutor(
            max_workers=1,
            thread_name_prefix="asa-assistant",
            initializer=pacing.install,
            initargs=(self.typing,),
        )
        self._lock = threading.Lock()
        self._pending: dict[int, EntryInput] = {}
        self._queued = False  # an edit job is waiting to run
        self.session: Analysis | None = None  # touched only on the worker thread
        self._shown: dict[int, tuple[Fact, ...]] = {}
        self._generation = 0
        self.latest = 0  # generation of the newest view made (read by the UI thread)
        self.closed = False

    # --- called on the UI thread ----------------------------------------------------------

    def build(self, make: Callable[[], Analysis]) -> Future:
        """Make (or remake) the session off the UI thread; its full view follows."""

        def job() -> PanelView:
            self.session = make()
            self._shown = {}
            for number in sorted(n for n in self.session.store.by_entry if n is not None):
                facts = shown_facts(self.session, number)
                if facts:
                    self._shown[number] = facts
            self._drain()  # edits handed over before the session existed
            return self._view(set(self._shown), set(), full=True, save=False)

        return self._submit(job)

    def edit(self, entry: EntryInput) -> None:
        """The newest text of an entry; read soon, together with whatever else is pending."""
        with self._lock:
            self._pending[entry.number] = entry
            if self._queued:
                return
            self._queued = True
        self._submit(self._read_pending)

    def call(self, change: Callable[[Analysis], Any], save: bool = True) -> Future:
        """Run a decision (or any change) on the session; the view follows if it changed."""

        def job() -> PanelView | None:
            touched, changed = self._drain()
            before = self.session.state_to_plain() if save else None
            delta = change(self.session)
            after = self.session.state_to_plain() if save else None
            if delta is not None and hasattr(delta, "facts_added"):
                self._collect(delta, touched, changed)
            if before == after and not touched and not changed:
                return None
            return self._view(touched, changed, save=before != after)

        return self._submit(job)

    def when_quiet(self, work: Callable[..., Any], *args: Any) -> Future:
        """Run read-only work over a view (the case file comparison) on this thread, in turn
        with the session's jobs, once neither the keyboard nor the UI thread's applying of a
        view is busy (``typing``). On a thread of its own it ran while the UI thread applied
        and drew the very view it compares, and every call from Qt into Python waited for the
        interpreter lock: the UI thread's longest turn doubled (bench/bench_typing.py)."""

        def job() -> Any:
            if self.closed:
                return None
            self.typing.begin_job()
            pacing.pause_point()
            return work(*args)

        return self._pool.submit(job)

    def settle(self, timeout: float = 30.0) -> PanelView | None:
        """Wait until every pending edit and decision is read; the view of that moment."""
        if self.session is None and not self._pending:
            return None
        self.typing.release()  # the caller waits: no pausing for keys typed just now
        # A full view: views made before it may not have reached the UI thread yet.
        return self._pool.submit(
            lambda: self.session and self._view(set(), set(), full=True)
        ).result(timeout)

    def close(self) -> None:
        self.closed = True  # queued jobs return at once; nothing is delivered any more
        self._pool.shutdown(wait=False)

    # --- on the worker thread ---------------------------------------------------------------

    def _submit(self, job: Callable[[], PanelView | None]) -> Future:
        def run() -> PanelView | None:
            if self.closed:
                return None
            self.typing.begin_job()
            return job()

        future = self._pool.submit(run)
        tasks.run(future, self._deliver, self._fail)
        return future

    def _deliver(self, view: PanelView | None) -> None:
        if view is not None and not self.closed:
            self.view_ready.emit(view)

    def _fail(self, error: BaseException) -> None:
        if not self.closed:
            self.failed.emit(error)

    def _read_pending(self) -> PanelView | None:
        shown = len(self.session.shown_hints) if self.session is not None else 0
        touched, changed = self._drain()
        if not touched and not changed:
            return None  # the text was read already: nothing to show
        # A hint shown for the first time is kept for the review even if never decided on.
        return self._view(touched, changed, save=len(self.session.shown_hints) != shown)

    def _drain(self) -> tuple[set[int], set[str]]:
        with self._lock:
            pending, self._pending, self._queued = self._pending, {}, False
        touched: set[int] = set()
        changed: set[str] = set()
        if self.session is None:
            with self._lock:  # not built yet: keep them for the build's replay
                self._pending = {**pending, **self._pending}
            return touched, changed
        for number in sorted(pending):
            entry = pending[number]
            if self.session.entry(number) == entry:
                continue  # unchanged (e.g. only formatting or a repeated hand-over)
            self._collect(self.session.update(entry), touched, changed)
        return touched, changed

    def _collect(self, delta, touched: set[int], changed: set[str]) -> None:
        for fact in (*delta.facts_added, *delta.facts_removed):
            if fact.entry is not None:
                touched.add(fact.entry)
            changed.add(fact.id)
        for hint in (*delta.hints_added, *delta.hints_removed, *delta.hints_changed):
            changed.add(hint.id)
        for item in delta.checklist_changed:
            changed.add(item.id)
        for number in touched:
            self._shown[number] = shown_facts(self.session, number)
            if not self._shown[number]:
                del self._shown[number]

    def _view(
        self, touched: set[int], changed: set[str], full: bool = False, save: bool = False
    ) -> PanelView:
        session = self.session
        self._generation += 1
        view = PanelView(
            self._generation,
            tuple(session.hints),
            dict(session.decisions),
            dict(self._shown),
            frozenset(session.confirmed),
            frozenset(session.store.rejected),
            session.checklist,
            dict(session.pack_versions),
            session.language,
            frozenset(touched),
            frozenset(changed),
            full,
            session.state_to_plain() if save else None,
        )
        self.latest = self._generation
        return view
