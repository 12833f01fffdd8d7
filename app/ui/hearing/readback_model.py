"""Read-back sections as a list model with their status."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, Qt

from app.domain import readback
from app.domain.hearing import Hearing, SectionStatus
from app.ui.tints import tint

SectionStartRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2

_HUES = {  # app.ui.tints; an open section keeps the plain background
    SectionStatus.PENDING: None,
    SectionStatus.CONFIRMED: "green",
    SectionStatus.CORRECTED: "yellow",
    SectionStatus.CHANGED: "red",
}
_LABELS = {
    SectionStatus.PENDING: QT_TRANSLATE_NOOP("ReadbackModel", "open"),
    SectionStatus.CONFIRMED: QT_TRANSLATE_NOOP("ReadbackModel", "confirmed"),
    SectionStatus.CORRECTED: QT_TRANSLATE_NOOP("ReadbackModel", "corrected"),
    SectionStatus.CHANGED: QT_TRANSLATE_NOOP("ReadbackModel", "changed – read back again"),
}


class ReadbackModel(QAbstractListModel):
    def __init__(self, hearing: Hearing, parent=None):
        super().__init__(parent)
        self.hearing = hearing
        self._sections = readback.sections(hearing)

    def refresh(self) -> None:
        self.beginResetModel()
        self._sections = readback.sections(self.hearing)
        self.endResetModel()

    def section_at(self, row: int) -> readback.Section:
        return self._sections[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = QCoreApplication.translate("ReadbackModel", _LABELS[s.status])
            numbers = (
                f"{s.entry_numbers[0]}–{s.entry_numbers[-1]}"
                if len(s.entry_numbers) > 1
                else str(s.start)
            )
            return f"[{status}] {numbers}: {_shortened(s.title)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.title
        if role == Qt.ItemDataRole.BackgroundRole:
            hue = _HUES[s.status]
            return tint(hue) if hue else None
        if role == SectionStartRole:
            return s.start
        if role == StatusRole:
            return s.status.value
        return None


def _shortened(text: str, limit: int = 90) -> str:
    """The question's opening, cut at a word with an ellipsis: the list shows what is read
    back, the tool tip the whole question."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + " …"
