"""The transcript as a list model: one row per entry, updated row by row while typing."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QStyledItemDelegate

from app.domain.clock import office_time
from app.domain.hearing import Hearing
from app.domain.transcript import Entry, EntryKind
from app.export.bidi import is_rtl
from app.ui.tints import tint

NumberRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
AnswerRole = Qt.ItemDataRole.UserRole + 3
TYPED_MS = 100  # a typed-in row is redrawn ten times a second at most


SIZES_KEPT = 4000  # row sizes remembered by TranscriptDelegate (a few per row)
SHOWN_CHARS = 1500  # of a long answer in the list; the editor below holds all of it


def _shown(text: str) -> str:
    """A long answer cut for the list: laying out a 20,000-word row again after each key
    would hold up typing for a second or more (the list is an overview, not the record)."""
    if len(text) <= SHOWN_CHARS:
        return text
    cut = text.rfind(" ", 0, SHOWN_CHARS)
    return text[: cut if cut > 0 else SHOWN_CHARS] + " …"


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
        self._typed: set[int] = set()
        self._told: dict[int, str] = {}  # a typed row's text when the view was last told
        self._typed_timer = QTimer(self)
        self._typed_timer.setSingleShot(True)
        self._typed_timer.setInterval(TYPED_MS)
        self._typed_timer.timeout.connect(self._flush_typed)

    def reset(self) -> None:
        self.beginResetModel()
        self._told.clear()
        self.endResetModel()

    def row_of(self, number: int) -> int:
        return self.hearing.position_of(number)  # one row per entry, in order

    def entry_added(self) -> None:
        """Call after the hearing got a new (last) entry."""
        row = len(self.hearing.entries) - 1
        self.beginInsertRows(QModelIndex(), row, row)
        self.endInsertRows()

    def entry_typed(self, number: int) -> None:
        """A key was typed into the entry: its row is redrawn at most every TYPED_MS, not on
        every key (a word-wrapped row is laid out again each time: the costliest part of a
        key on the UI thread)."""
        self._typed.add(number)
        if not self._typed_timer.isActive():
            self._typed_timer.start()

    def _flush_typed(self) -> None:
        typed, self._typed = self._typed, set()
        for number in sorted(typed):
            # Typed at the end of a long answer, the row (cut at SHOWN_CHARS) reads the same:
            # redrawing it would lay out its 1,500 characters again for nothing.
            self._tell(number, unless_unchanged=True)

    def entry_changed(self, number: int) -> None:
        self._tell(number)

    def _tell(self, number: int, unless_unchanged: bool = False) -> None:
        row = self.row_of(number)
        if row < 0:
            return
        text = self._text(self.hearing.entries[row])
        if unless_unchanged and text == self._told.get(number):
            return
        self._told[number] = text
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
                return tint("blue")
            if entry.kind == EntryKind.ADDENDUM:
                return tint("yellow")
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and not entry.question
            and is_rtl(_shown(entry.answer))  # as listed: not all of a 20,000-word narrative
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, e: Entry) -> str:
        # Labels first: lupdate cannot see translate() inside f-strings.
        q, a = _tr("Q"), _tr("A")
        lines = []
        if e.kind == EntryKind.QA:
            lines.append(f"{e.number}  {q}: {_isolated(e.question)}")
            lines.append(f"     {a}: {_isolated(_shown(e.answer))}")
        elif e.kind == EntryKind.NOTICE:
            notice = _tr("Notice")
            at = office_time(e.created_at)
            lines.append(f"{e.number}  [{notice} {at:%H:%M}] {_isolated(_shown(e.answer))}")
        elif e.kind == EntryKind.ADDENDUM:
            addendum = _tr("Addendum")
            lines.append(f"{e.number}  [{addendum}] {_isolated(_shown(e.answer))}")
        else:
            speaker = _tr(SPEAKER_LABELS[e.speaker.value])
            lines.append(f"{e.number}  ({speaker}) {_isolated(_shown(e.answer))}")
        correction = _tr("Correction at read-back")
        for c in self.hearing.corrections:
            if c.entry_number == e.number:
                at = office_time(c.at)
                lines.append(f"     {correction} ({at:%H:%M}): {_isolated(c.corrected)}")
        return "\n".join(lines)


class TranscriptDelegate(QStyledItemDelegate):
    """Draws rows as the standard delegate does, but remembers each row's size by its text
    and width: a list view lays out every row again whenever one changes (each key in the
    entry being typed, ten times a second), and in a hearing of 400 entries wrapping every
    row's text anew held up typing for 30-50 ms each time (bench/bench_typing.py)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sizes: dict[tuple[str, int], object] = {}

    def sizeHint(self, option, index):
        key = (index.data(Qt.ItemDataRole.DisplayRole) or "", option.rect.width())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > SIZES_KEPT:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return size
