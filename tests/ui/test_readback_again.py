"""Read-back that means what it says, through the real widgets: an answer edited after going
back to questioning makes its section due again, on screen and in the seal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.domain import readback
from app.domain.hearing import HearingState
from app.ui.hearing.dialogs import NoticeDialog, SealDialog
from tests.ui.helpers import (
    give_notice,
    hearing_with_answers,
    key,
    open_dialog,
    type_answer,
    wait_saved,
)


def test_an_answer_edited_after_resuming_must_be_read_back_again(qtbot, window):
    page = hearing_with_answers(qtbot, window, "Ich heiße Dilan Probe.")
    key(qtbot, page, "Ctrl+Shift+R")
    panel = page.completion
    for _ in range(panel.model.rowCount()):
        panel.select_next_pending()
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    for notice in ("s25_3", "interpreter_understood", "readback_done"):
        give_notice(qtbot, panel, notice)

    qtbot.mouseClick(panel.resume_button, Qt.MouseButton.LeftButton)  # something forgotten
    assert page.hearing.state == HearingState.IN_PROGRESS
    page.show_entry(1)
    type_answer(qtbot, window, " Geboren in Erbil.")
    wait_saved(qtbot, window)
    assert page.hearing.entry(1).answer.endswith("Geboren in Erbil."), page.hearing.entry(1).answer
    key(qtbot, page, "Ctrl+Shift+R")
    assert page.hearing.state == HearingState.READBACK
    assert "geändert – erneut rückübersetzen" in panel.model.data(panel.model.index(0))

    qtbot.mouseClick(panel.seal_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, SealDialog)
    assert not dialog.can_seal
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "erneut rückzuübersetzen, seitdem geändert (Einträge 1)" in text
    dialog.reject()


def test_read_back_by_keyboard_shows_the_section_and_asks_before_a_notice(qtbot, window):
    page = hearing_with_answers(qtbot, window, "Ich heiße Dilan Probe.")
    key(qtbot, page, "Ctrl+Shift+Return")
    type_answer(qtbot, window, "Ja, mit meinem Bruder.")
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Irakisch.")
    key(qtbot, page, "Ctrl+Shift+R")
    panel = page.completion
    selected = lambda: sorted(  # noqa: E731
        i.row() + 1 for i in page.transcript_view.selectionModel().selectedIndexes()
    )
    assert selected() == [1, 2]  # the first section, with its follow-up, shown in the transcript
    key(qtbot, page, "Ctrl+Shift+A")  # Abschnitt bestätigt
    assert [s.status.done for s in readback.sections(page.hearing)] == [True, False]
    assert selected() == [3]  # on to the next section
    key(qtbot, page, "Ctrl+Shift+A")
    assert all(s.status.done for s in readback.sections(page.hearing))

    qtbot.mouseClick(panel.notice_buttons["s25_3"], Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, NoticeDialog)
    assert "später" in dialog.findChild(QLabel, "noticeWording").text()
    dialog.reject()  # not given after all: nothing recorded
    assert "s25_3" not in page.hearing.notices_given()
    give_notice(qtbot, panel, "s25_3")
    assert "s25_3" in page.hearing.notices_given()
