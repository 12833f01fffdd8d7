"""Small widgets every dialog needs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def ok_cancel(
    dialog: QDialog, on_ok: Callable[[], None] | None = None, ok: bool = True
) -> QDialogButtonBox:
    """OK and Cancel for ``dialog``; OK runs ``on_ok`` (default: accept). ``ok=False`` leaves
    only Cancel (when there is nothing to confirm)."""
    flags = QDialogButtonBox.StandardButton.Cancel
    if ok:
        flags |= QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(flags)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class _ReturnClicks(QObject):
    """Return or Enter on a focused push button clicks it, as Space does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        # ``QtCore.Qt`` looked up only here: PySide builds the whole namespace (~15 ms) on first
        # use, and the first screen (which uses these buttons) must not pay it at start-up.
        qt = QtCore.Qt
        if (
            event.key() in (qt.Key.Key_Return, qt.Key.Key_Enter)
            and not event.modifiers() & ~qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QPushButton)
            and watched.isEnabled()
        ):
            watched.animateClick()
            return True
        return False


def return_clicks(*buttons: QPushButton) -> None:
    """Outside a dialog Qt's push buttons ignore Return (only a dialog's default button takes
    it), so a keyboard user pressing Return on a focused button got nothing; these buttons
    now click on Return and Enter too."""
    for button in buttons:
        keys = button.findChild(_ReturnClicks)
        if keys is None:
            keys = _ReturnClicks(button)
            button.installEventFilter(keys)
