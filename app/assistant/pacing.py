"""Pause points: the assistant's long loops step aside while the interviewer types.

The assistant reads a long narrative on its own thread, but Python runs one thread at a time:
while it works, every call from Qt into Python on the UI thread (a key handled, a row drawn, a
paragraph coloured) waits for the interpreter lock, and a 20,000-word entry kept the UI thread
waiting up to hundreds of milliseconds per key. The loops over an entry's tokens, matches and
sentences call :func:`pause_point`; on a thread with a :class:`TypingPause` installed it sleeps
(holding no lock) until the keyboard has been quiet for a moment, so that typing never competes
with the analysis. Elsewhere (tests, the command line, the UI thread) it does nothing.

No Qt here: the UI only reports keys through :meth:`TypingPause.typed`.
"""

from __future__ import annotations

import threading
import time

_local = threading.local()


class TypingPause:
    """Shared by the UI thread (which reports keys) and the assistant's thread (which waits).

    ``quiet_after``: seconds without a key after which the analysis goes on; ``max_pause``:
    the longest a single job waits in all, so that continuous typing still gets the panel
    updated now and then.
    """

    def __init__(self, quiet_after: float = 0.25, max_pause: float = 3.0) -> None:
        self.quiet_after = quiet_after
        self.max_pause = max_pause
        self.last_key = float("-inf")  # monotonic time; one float written by the UI thread
        self._paused = 0.0  # in the current job (assistant's thread only)

    def typed(self) -> None:
        """A key was typed (UI thread)."""
        self.last_key = time.monotonic()

    def ui_busy(self) -> None:
        """The UI thread has work of its own (a view to apply and draw): the analysis steps
        aside as it does for a key, so the two do not take turns at the interpreter lock."""
        self.typed()

    def release(self) -> None:
        """Go on at once (UI thread): someone waits for the result, e.g. before sealing."""
        self.last_key = float("-inf")

    def begin_job(self) -> None:
        """A new job starts on the assistant's thread: its pause budget is full again."""
        self._paused = 0.0

    def wait(self) -> None:
        while self._paused < self.max_pause:
            remaining = self.last_key + self.quiet_after - time.monotonic()
            if remaining <= 0:
                return
            # Short naps: release() (someone waits for the result) takes effect soon.
            step = min(remaining, self.max_pause - self._paused, 0.05)
            time.sleep(step)
            self._paused += step


def install(pause: TypingPause | None) -> None:
    """Make :func:`pause_point` on the calling thread wait on ``pause`` (None: never)."""
    _local.pause = pause


def pause_point() -> None:
    """Called in the assistant's long loops; returns at once unless the interviewer types."""
    pause = getattr(_local, "pause", None)
    if pause is not None:
        pause.wait()
