"""The skeleton's standard questions as a list model, each marked when answered."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from app.skeletons import Skeleton

QuestionIdRole = Qt.ItemDataRole.UserRole + 1
AnsweredRole = Qt.ItemDataRole.UserRole + 2


def short_title(text: str, limit: int = 70) -> str:
    first = text.split("?")[0].split(". ")[0].strip()
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


class SkeletonModel(QAbstractListModel):
    def __init__(self, skeleton: Skeleton, language: str, parent=None):
        super().__init__(parent)
        self.skeleton = skeleton
        self.language = language
        self._answered: set[str] = set()

    def set_language(self, language: str) -> None:
        self.language = language
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def set_answered(self, answered: set[str]) -> None:
        if answered != self._answered:
            self._answered = set(answered)
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def progress(self) -> tuple[int, int]:
        ids = set(self.skeleton.question_ids)
        return len(ids & self._answered), len(ids)

    def row_of(self, question_id: str) -> int:
        return self.skeleton.question_ids.index(question_id)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.skeleton.questions)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        q = self.skeleton.questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {short_title(q.text_in(self.language))}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return q.text_in(self.language)
        if role == Qt.ItemDataRole.CheckStateRole:
            done = q.id in self._answered
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == QuestionIdRole:
            return q.id
        if role == AnsweredRole:
            return q.id in self._answered
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
