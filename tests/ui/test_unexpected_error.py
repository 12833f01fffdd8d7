"""An error nobody foresaw: the user reads one German sentence, the log gets its type and
place but not its message (which may quote case data), and the app goes on."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.ui.unexpected import UnexpectedErrors
from tests.ui.helpers import create_profile

SECRET = "Dilan Probe, geboren in Erbil"


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_told_logged_without_content_and_the_app_goes_on(
    qtbot, window, caplog
):
    guard = UnexpectedErrors(window)
    guard.install()
    try:

        def broken_slot():
            raise ValueError(SECRET)

        with caplog.at_level(logging.ERROR, logger="asa.unexpected"):
            QTimer.singleShot(0, broken_slot)
            QTimer.singleShot(0, broken_slot)  # a second one while the first is shown
            qtbot.waitUntil(lambda: guard.box is not None and guard.box.isVisible(), timeout=5000)
            qtbot.wait(50)
        assert "Etwas ist schiefgelaufen" in guard.box.text()
        assert guard.box.icon() == QMessageBox.Icon.Critical
        boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        assert len(boxes) == 1
        logged = [r.getMessage() for r in caplog.records]
        assert len(logged) == 2 and all("ValueError" in line for line in logged)
        assert "tests/ui/test_unexpected_error.py" in logged[0]  # where, relative to the repo
        assert not any(SECRET in line or "Erbil" in line for line in logged)
        guard.box.accept()
        create_profile(qtbot, window)  # the app goes on
        assert window.worker is not None
    finally:
        guard.uninstall()
