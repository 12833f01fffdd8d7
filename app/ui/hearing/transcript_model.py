"""The transcript as a list model: one row per entry, updated row by row while typing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.clock import office_time
from app.domain.hearing import Hearing
from app.domain.transcript import Entry, EntryKind
from app.export.bidi import is_rtl

NumberRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
AnswerRole = Qt.ItemDataRole.UserRole + 3


def _isolated(text: str) -> str:
    # First-strong isolate: each text keeps its own direction and cannot reorder the German
    # labels around it (Unicode bidi algorithm, FSI ... PDI).
    return f"\u2068{text}\u2069"


SPEAKER_LABELS = {
    "applicant": QT_TRANSLATE_NOOP("TranscriptModel", "applicant"),
    "interviewer": QT_TRANSLATE_NOOP("TranscriptModel", "interviewer"),
    "interpreter": QT_TRANSLATE_NOOP("TranscriptModel", "interpreter"),
    "other": QT_TRANSLATE_NOOP("TranscriptModel", "other"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TranscriptModel", text)


# Collected for translators (the labels are looked up through _tr above).
LABELS = (
    QT_TRANSLATE_NOOP("TranscriptModel", "Q"),
    QT_TRANSLATE_NOOP("TranscriptModel", "A"),
    QT_TRANSLATE_NOOP("TranscriptModel", "Notice"),
    QT_TRANSLATE_NOOP("TranscriptModel", "Addendum"),
    QT_TRANSLATE_NOOP("TranscriptModel", "Correction at read-back"),
)


class TranscriptModel(QAbstractListModel):
    def __init__(self, hearing: Hearing, parent=None):
        super().__init__(parent)
        self.hearing = hearing
        self.current_number: int | None = None

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def row_of(self, number: int) -> int:
        return self.hearing.position_of(number)  # one row per entry, in order

    def entry_added(self) -> None:
        """Call after the hearing got a new (last) entry."""
        row = len(self.hearing.entries) - 1
        self.beginInsertRows(QModelIndex(), row, row)
        self.endInsertRows()

    def entry_changed(self, number: int) -> None:
        row = self.row_of(number)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def set_current(self, number: int | None) -> None:
        previous, self.current_number = self.current_number, number
        for n in (previous, number):
            if n is not None:
                self.entry_changed(n)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hearing.entries)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.hearing.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry)
        if role == NumberRole:
            return entry.number
        if role == KindRole:
            return entry.kind.value
        if role == AnswerRole:
            return entry.answer
        if role == Qt.ItemDataRole.BackgroundRole:
            if entry.number == self.current_number:
                return QBrush(QColor("#e8f0fe"))
            if entry.kind == EntryKind.ADDENDUM:
                return QBrush(QColor("#fff4ce"))
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and is_rtl(entry.answer)
            and not entry.question
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, e: Entry) -> str:
        # Labels first: lupdate cannot see translate() inside f-strings.
        q, a = _tr("Q"), _tr("A")
        lines = []
        if e.kind == EntryKind.QA:
            lines.append(f"{e.number}  {q}: {_isolated(e.question)}")
            lines.append(f"     {a}: {_isolated(e.answer)}")
        elif e.kind == EntryKind.NOTICE:
            notice = _tr("Notice")
            at = office_time(e.created_at)
            lines.append(f"{e.number}  [{notice} {at:%H:%M}] {_isolated(e.answer)}")
        elif e.kind == EntryKind.ADDENDUM:
            addendum = _tr("Addendum")
            lines.append(f"{e.number}  [{addendum}] {_isolated(e.answer)}")
        else:
            speaker = _tr(SPEAKER_LABELS[e.speaker.value])
            lines.append(f"{e.number}  ({speaker}) {_isolated(e.answer)}")
        correction = _tr("Correction at read-back")
        for c in self.hearing.corrections:
            if c.entry_number == e.number:
                at = office_time(c.at)
                lines.append(f"     {correction} ({at:%H:%M}): {_isolated(c.corrected)}")
        return "\n".join(lines)
