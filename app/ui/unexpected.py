"""An error nobody foresaw, in a slot or an event handler: the app goes on.

Without this, Python prints the traceback to a console the interviewer never sees and the
action silently does nothing. Here the log gets the error's type and where it happened (never
its message, which may quote case data), and the user gets one plain sentence. Every keystroke
is already stored or still queued and shown as unsaved, so nothing typed is lost by going on.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("asa.unexpected")
_APP_ROOT = Path(__file__).resolve().parents[2]


def where(tb) -> str:
    """'app/ui/x.py:12 in f < app/ui/y.py:40 in g' for the innermost frames: no user paths."""
    frames = traceback.extract_tb(tb)[-3:]
    return " < ".join(f"{_short(f.filename)}:{f.lineno} in {f.name}" for f in reversed(frames))


def _short(filename: str) -> str:
    path = Path(filename)
    try:
        return path.resolve().relative_to(_APP_ROOT).as_posix()
    except ValueError:
        return path.name  # a library's file: its name is enough, its folder names the user


class UnexpectedErrors:
    """``install()`` makes it the process's excepthook; ``uninstall()`` puts the old one back."""

    def __init__(self, window: QWidget):
        self.window = window
        self.box: QMessageBox | None = None
        self._previous = None

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, self._previous = self._previous, None

    def handle(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            (self._previous or sys.__excepthook__)(kind, value, tb)
            return
        log.error("unexpected %s at %s", kind.__name__, where(tb))
        if self.box is not None and self.box.isVisible():
            return  # one message at a time; the log has each
        self.box = QMessageBox(self.window)
        self.box.setIcon(QMessageBox.Icon.Critical)
        self.box.setWindowTitle("ASA")
        self.box.setText(
            QCoreApplication.translate(
                "UnexpectedErrors",
                "Something went wrong that ASA did not expect. What you typed is kept; the "
                "status bar shows whether everything is saved. The error was logged without "
                "any content. If it happens again, please tell IT.",
            )
        )
        self.box.open()
