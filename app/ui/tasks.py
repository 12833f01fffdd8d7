"""Futures from the database worker (or any thread) turned into Qt signals on the UI thread.

The one helper for background work in the UI: ``run(future, on_done, on_error)``. Callbacks
always run on the UI thread, so they may touch widgets; a worker thread never does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future

_background = None  # a small pool for export and key derivation, made on first use


class _Relay(QObject):
    """Lives on the UI thread; a signal emitted from another thread is queued to it."""

    finished = Signal(object, object)  # (callback, result)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(lambda callback, value: callback(value))


_relay: _Relay | None = None


def _get_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def run(
    future: Future,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Future:
    relay = _get_relay()

    def done(f: Future) -> None:
        error = f.exception()
        if error is not None:
            if on_error:
                relay.finished.emit(on_error, error)
        elif on_done:
            relay.finished.emit(on_done, f.result())

    future.add_done_callback(done)
    return future


def next_turn(fn: Callable[[], None]) -> None:
    """Run ``fn`` on the UI thread once the event loop has finished what it is doing (the
    key being handled, say): how a hearing's writes wake the database thread."""
    QTimer.singleShot(0, fn)


def in_background(fn: Callable[..., Any], *args: Any) -> Future:
    """Run CPU or file work (export, pack loading) off the UI thread, not on the DB thread."""
    global _background
    if _background is None:
        from concurrent.futures import ThreadPoolExecutor

        _background = ThreadPoolExecutor(max_workers=2, thread_name_prefix="asa-bg")
    return _background.submit(fn, *args)
