"""Driving the real widgets the way a person does: typing, keys, buttons, dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.conftest import PASSPHRASE


def create_profile(qtbot, window, name="Anna Beispiel", passphrase=PASSPHRASE):
    page = window.unlock_page
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(page.new_name, name)
    type_text(page.new_pass, passphrase)
    type_text(page.new_pass2, passphrase)
    with qtbot.waitSignal(window.cases_loaded, timeout=15000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)


def unlock(qtbot, window, passphrase=PASSPHRASE):
    page = window.unlock_page
    page.passphrase.clear()
    type_text(page.passphrase, passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=15000) as blocker:
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    return blocker.args[0]


def open_dialog(qtbot, dialog_type) -> QDialog:
    """The non-blocking dialog of that type that is open now."""
    found = []

    def shown():
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, dialog_type) and w.isVisible()
        ]
        assert found

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def wait_saved(qtbot, window):
    qtbot.waitUntil(
        lambda: (
            window.save_label.property("state") == "saved"
            and window.hearing_page.session.pending == 0
        ),
        timeout=10000,
    )


def type_answer(qtbot, window, text):
    page = window.hearing_page
    page.editor.focus_answer()
    type_text(page.editor.answer, text)


def key(qtbot, widget, sequence):
    """Press a key sequence like 'Ctrl+Return' on the focused child of ``widget``."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or widget
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def type_text(widget, text: str) -> None:
    """Type any script the way a keyboard layout delivers it: key events carrying the text.
    (QTest.keyClicks only knows Latin-1 characters.)"""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def give_notice(qtbot, panel, notice_id: str) -> None:
    """Click a notice button and confirm its wording (it goes into the record for good)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui.hearing.dialogs import NoticeDialog

    qtbot.mouseClick(panel.notice_buttons[notice_id], Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, NoticeDialog)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    panel.window().activateWindow()  # a window manager would; offscreen Qt does not


def hearing_with_answers(qtbot, window, *answers: str):
    """A new profile, case and hearing; each answer typed to the next standard question."""
    from tests.ui.test_hearing_flow import create_case, start_hearing

    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    for answer in answers:
        key(qtbot, page, "Ctrl+Return")
        type_answer(qtbot, window, answer)
    if answers:
        wait_saved(qtbot, window)
    return page


def refused_passphrase(qtbot, window, wrong: str = "not the passphrase"):
    """A profile, locked, a wrong passphrase typed and refused; returns the unlock page."""
    from PySide6.QtCore import Qt

    create_profile(qtbot, window)
    window.lock("")
    page = window.unlock_page
    type_text(page.passphrase, wrong)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.property("error") is True, timeout=10000)
    return page
