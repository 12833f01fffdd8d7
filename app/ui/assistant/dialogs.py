"""The one dialog of the assistant panel: settling a checklist item (or reopening it) by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPlainTextEdit, QVBoxLayout

from app.ui.buttons import ok_cancel


class ItemMarkDialog(QDialog):
    """Settled or open by hand, with a short reason kept for the review (not in the
    Niederschrift); or back to what the record says."""

    def __init__(self, title: str, covered: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("itemMarkDialog")
        self.setWindowTitle(self.tr("Checklist item"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Settled"), "covered")
        self.status.addItem(self.tr("Still open"), "open")
        self.status.addItem(self.tr("As the record says"), "auto")
        self.status.setCurrentIndex(1 if covered else 0)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Reason (for the review, not in the transcript)"))
        label = QLabel(title)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.status)
        layout.addWidget(self.reason)
        layout.addWidget(ok_cancel(self))

    def values(self) -> tuple[str, str]:
        return self.status.currentData(), self.reason.toPlainText().strip()
