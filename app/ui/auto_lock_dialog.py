"""Choosing the idle time after which ASA locks itself, within the limit IT has set."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSpinBox

from app.ui.buttons import ok_cancel


class AutoLockDialog(QDialog):
    def __init__(self, minutes: int, limit: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automatic lock"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, limit)
        self.minutes.setValue(minutes)  # held to the range
        self.minutes.setSuffix(self.tr(" min"))
        explanation = QLabel(
            self.tr(
                "ASA locks itself when nobody has typed or moved the mouse for this long: the "
                "key is dropped and the screen cleared. Every change is saved first."
            )
        )
        explanation.setWordWrap(True)
        limit_note = QLabel(self.tr("At most %1 minutes.").replace("%1", str(limit)))
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("Lock after"), self.minutes)
        form.addRow(limit_note)
        form.addRow(ok_cancel(self))

    def value(self) -> int:
        return self.minutes.value()
