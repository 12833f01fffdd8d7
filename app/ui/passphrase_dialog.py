"""Changing the passphrase of the unlocked profile.

Only the wrapped key changes: the database key is unwrapped with the current passphrase and
wrapped again with the new one; the database itself is not touched. A wrong current passphrase
counts towards the growing delay like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit

from app.ui import tasks
from app.ui.buttons import ok_cancel
from app.ui.profile_errors import profile_error_text


class PassphraseDialog(QDialog):
    def __init__(self, change: Callable[[str, str], Future], parent=None):
        """``change(current, new)``: runs the change off the UI thread, a future of None."""
        super().__init__(parent)
        self._change = change
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = self._passphrase_field()
        self.new = self._passphrase_field()
        self.repeat = self._passphrase_field()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = ok_cancel(self, self._submit)
        form = QFormLayout(self)
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Repeat new passphrase"), self.repeat)
        form.addRow(self.message)
        form.addRow(self.buttons)

    @staticmethod
    def _passphrase_field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self._show_error(self.tr("The two new passphrases differ."))
            return
        if self.new.text() == self.current.text():
            self._show_error(self.tr("The new passphrase is the same as the current one."))
            return
        self.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Changing the passphrase…"))
        tasks.run(self._change(self.current.text(), self.new.text()), self._done, self._failed)

    def _done(self, _result) -> None:
        self.accept()

    def done(self, result: int) -> None:
        """However the dialog ends (OK, Cancel, the lock), it forgets what was typed."""
        for field in (self.current, self.new, self.repeat):
            field.clear()
        super().done(result)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        text = profile_error_text(error) or self.tr(
            "The passphrase could not be changed: %1"
        ).replace("%1", str(error))
        self._show_error(text)
        self.current.selectAll()
        self.current.setFocus()

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)
