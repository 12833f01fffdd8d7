"""List models of the assistant panel: hints, detected facts, checklist items."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.assistant import Checklist, Fact, Hint, Session

IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3

KIND_LABELS = {
    "vulnerability": QT_TRANSLATE_NOOP("AssistantModels", "Special officer?"),
    "contradiction": QT_TRANSLATE_NOOP("AssistantModels", "To clarify"),
    "question": QT_TRANSLATE_NOOP("AssistantModels", "Question"),
    "info": QT_TRANSLATE_NOOP("AssistantModels", "Information"),
}
KIND_COLORS = {
    "vulnerability": "#fde2e1",
    "contradiction": "#fff4ce",
    "question": "#e8f0fe",
    "info": "#ffffff",
}
STATUS_LABELS = {
    "asked": QT_TRANSLATE_NOOP("AssistantModels", "asked"),
    "dismissed": QT_TRANSLATE_NOOP("AssistantModels", "dismissed"),
    "detected": QT_TRANSLATE_NOOP("AssistantModels", "detected"),
    "confirmed": QT_TRANSLATE_NOOP("AssistantModels", "confirmed"),
    "rejected": QT_TRANSLATE_NOOP("AssistantModels", "rejected"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("AssistantModels", text)


class HintModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        self._hints: list[Hint] = []

    def refresh(self, session: Session | None) -> None:
        self.beginResetModel()
        self.session = session
        self._hints = list(session.hints) if session else []
        self.endResetModel()

    def hint_at(self, row: int) -> Hint:
        return self._hints[row]

    def row_of(self, hint_id: str) -> int:
        return next((i for i, h in enumerate(self._hints) if h.id == hint_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hints)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hint = self._hints[index.row()]
        decision = self.session.decision(hint.id) if self.session else None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = f" [{tr(STATUS_LABELS[decision.status])}]" if decision else ""
            return f"{tr(KIND_LABELS.get(hint.kind, hint.kind))}: {hint.title}{mark}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(KIND_COLORS.get(hint.kind, "#ffffff")))
        if role == IdRole:
            return hint.id
        if role == KindRole:
            return hint.kind
        if role == StatusRole:
            return decision.status if decision else ""
        return None


class FactModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        self._facts: list[Fact] = []

    def refresh(self, session: Session | None) -> None:
        self.beginResetModel()
        self.session = session
        # Words the applicant said (entries), not the case file or bookkeeping facts.
        self._facts = [f for f in (session.facts if session else []) if f.entry and f.text]
        self.endResetModel()

    def fact_at(self, row: int) -> Fact:
        return self._facts[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._facts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        fact = self._facts[index.row()]
        status = self.session.fact_status(fact.id) if self.session else "detected"
        if role == Qt.ItemDataRole.DisplayRole:
            value = fact.value if isinstance(fact.value, (str, int)) else fact.text
            return (
                f"#{fact.entry} {fact.kind}: „{fact.text}“ → {value} [{tr(STATUS_LABELS[status])}]"
            )
        if role == Qt.ItemDataRole.ForegroundRole and status == "rejected":
            return QBrush(QColor("#888888"))
        if role == IdRole:
            return fact.id
        if role == StatusRole:
            return status
        return None


class ChecklistModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._checklist: Checklist | None = None

    def refresh(self, checklist: Checklist | None) -> None:
        self.beginResetModel()
        self._checklist = checklist
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._checklist else len(self._checklist.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self._checklist:
            return None
        item = self._checklist.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.covered else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.basis
        if role == IdRole:
            return item.id
        return None
