"""Changing the passphrase from Einstellungen: the old one stops working, the new one opens
the same database, and the lock closes the dialog with what was typed in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.passphrase_dialog import PassphraseDialog
from tests.conftest import PASSPHRASE
from tests.ui.helpers import create_profile, open_dialog, type_text, unlock

NEW = "Mondblume-2026"


def open_passphrase_dialog(qtbot, window) -> PassphraseDialog:
    window.passphrase_action.trigger()
    return open_dialog(qtbot, PassphraseDialog)


def fill(dialog, current: str, new: str, repeat: str) -> None:
    for field, text in ((dialog.current, current), (dialog.new, new), (dialog.repeat, repeat)):
        field.clear()
        type_text(field, text)


def press_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_changing_the_passphrase(qtbot, window):
    assert not window.passphrase_action.isEnabled()  # nothing to change while locked
    create_profile(qtbot, window)
    assert window.passphrase_action.text() == "Passphrase ändern …"
    dialog = open_passphrase_dialog(qtbot, window)

    fill(dialog, PASSPHRASE, NEW, NEW + "x")
    press_ok(qtbot, dialog)
    assert dialog.message.text() == "Die beiden neuen Passphrasen unterscheiden sich."

    fill(dialog, "Gänseblume-1", NEW, NEW)  # not the current one
    press_ok(qtbot, dialog)
    qtbot.waitUntil(
        lambda: dialog.message.text() == "Falsche Passphrase. Es wurde nichts verändert.",
        timeout=15000,
    )
    assert dialog.isVisible()

    fill(dialog, PASSPHRASE, "kurz", "kurz")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(
        lambda: dialog.message.text() == "Die Passphrase braucht mindestens 8 Zeichen.",
        timeout=15000,
    )

    fill(dialog, PASSPHRASE, NEW, NEW)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    assert window.statusBar().currentMessage() == "Die Passphrase wurde geändert."
    assert dialog.current.text() == dialog.new.text() == ""

    worker = window.worker
    qtbot.waitUntil(
        lambda: (
            "profile.passphrase_changed"
            in worker.submit(lambda s: [e.action for e in s.audit.events()]).result()
        ),
        timeout=5000,
    )
    window.lock()
    page = window.unlock_page
    type_text(page.passphrase, PASSPHRASE)  # the old one no longer opens the profile
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.property("error") is True, timeout=15000)
    assert window.worker is None
    unlock(qtbot, window, NEW)
    assert window.worker is not None


def test_the_lock_closes_the_dialog_and_forgets_what_was_typed(qtbot, window):
    create_profile(qtbot, window)
    dialog = open_passphrase_dialog(qtbot, window)
    fill(dialog, PASSPHRASE, NEW, "")
    window.lock()
    assert not dialog.isVisible()
    assert dialog.current.text() == dialog.new.text() == ""
    assert not window.passphrase_action.isEnabled()
