"""Read-back that means what it says, through the real widgets: an answer edited after going
back to questioning makes its section due again, on screen and in the seal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.domain.hearing import HearingState
from app.ui.hearing.dialogs import SealDialog
from tests.ui.helpers import create_profile, key, open_dialog, type_answer, wait_saved
from tests.ui.test_hearing_flow import create_case, start_hearing


def test_an_answer_edited_after_resuming_must_be_read_back_again(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Ich heiße Dilan Probe.")
    key(qtbot, page, "Ctrl+Shift+R")
    panel = page.completion
    for _ in range(panel.model.rowCount()):
        panel.select_next_pending()
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    for notice in ("s25_3", "interpreter_understood", "readback_done"):
        qtbot.mouseClick(panel.notice_buttons[notice], Qt.MouseButton.LeftButton)

    qtbot.mouseClick(panel.resume_button, Qt.MouseButton.LeftButton)  # something forgotten
    assert page.hearing.state == HearingState.IN_PROGRESS
    page._show_entry(1)
    type_answer(qtbot, window, " Geboren in Erbil.")
    wait_saved(qtbot, window)
    key(qtbot, page, "Ctrl+Shift+R")
    assert "geändert – erneut rückübersetzen" in panel.model.data(panel.model.index(0))

    qtbot.mouseClick(panel.seal_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, SealDialog)
    assert not dialog.can_seal
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "erneut rückzuübersetzen, seitdem geändert (Einträge 1)" in text
    dialog.reject()
