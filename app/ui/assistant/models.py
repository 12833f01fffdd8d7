"""List models of the assistant panel: hints, detected facts, checklist items.

They are never reset while a hearing is open: each new view of the session is applied row by
row (rows removed, inserted, changed), so the interviewer's selection, the scroll position and
the keyboard focus stay where they were.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, Qt

from app.assistant import ChecklistItemState, Fact, Hint
from app.assistant.periods import Period
from app.ui.assistant.worker import PanelView
from app.ui.tints import muted, tint

IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3

KIND_LABELS = {
    "vulnerability": QT_TRANSLATE_NOOP("AssistantModels", "Special officer?"),
    "contradiction": QT_TRANSLATE_NOOP("AssistantModels", "To clarify"),
    "question": QT_TRANSLATE_NOOP("AssistantModels", "Question"),
    "info": QT_TRANSLATE_NOOP("AssistantModels", "Information"),
}
KIND_HUES = {
    "vulnerability": "red",
    "contradiction": "yellow",
    "question": "blue",
}
STATUS_LABELS = {
    "asked": QT_TRANSLATE_NOOP("AssistantModels", "asked"),
    "dismissed": QT_TRANSLATE_NOOP("AssistantModels", "dismissed"),
    "detected": QT_TRANSLATE_NOOP("AssistantModels", "detected"),
    "confirmed": QT_TRANSLATE_NOOP("AssistantModels", "confirmed"),
    "rejected": QT_TRANSLATE_NOOP("AssistantModels", "rejected"),
}
FACT_KIND_LABELS = {
    "place": QT_TRANSLATE_NOOP("AssistantModels", "Place"),
    "origin": QT_TRANSLATE_NOOP("AssistantModels", "Place of origin"),
    "birthplace": QT_TRANSLATE_NOOP("AssistantModels", "Place of birth"),
    "actor": QT_TRANSLATE_NOOP("AssistantModels", "Actor"),
    "topic": QT_TRANSLATE_NOOP("AssistantModels", "Topic"),
    "date": QT_TRANSLATE_NOOP("AssistantModels", "Date"),
    "departure": QT_TRANSLATE_NOOP("AssistantModels", "Departure"),
    "dob": QT_TRANSLATE_NOOP("AssistantModels", "Date of birth"),
    "count": QT_TRANSLATE_NOOP("AssistantModels", "Number"),
    "age": QT_TRANSLATE_NOOP("AssistantModels", "Age"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("AssistantModels", text)


class KeyedListModel(QAbstractListModel):
    """Rows with stable keys, brought up to date by removing, inserting and changing rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._keys: list[Hashable] = []
        self._rows: list[Any] = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, key: Hashable) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def sync(
        self,
        keys: Sequence[Hashable],
        rows: Sequence[Any],
        changed: Callable[[Hashable, Any, Any], bool] | None = None,
        start: int = 0,
        end: int | None = None,
    ) -> bool:
        """Make rows ``start:end`` equal to ``rows``; True if anything changed."""
        end = len(self._rows) if end is None else end
        if changed is None:
            # Most views keep a long run of the same keys in front (a key typed at the end of
            # a narrative adds or changes its last facts): that run is found by comparing
            # slices, not row by row, and only the rest goes through the general path.
            same = common_prefix(self._keys[start:end], keys)
            if same:
                touched = self._replace_rows(rows[:same], start)
                if same == end - start == len(keys):
                    return touched
                rest = self.sync(keys[same:], rows[same:], _differs, start + same, end)
                return touched | rest
        new = dict(zip(keys, rows, strict=True))
        touched = False
        row = start
        while row < end:  # rows that went away
            if self._keys[row] not in new:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._keys[row], self._rows[row]
                self.endRemoveRows()
                end -= 1
                touched = True
            else:
                row += 1
        old = {k: r for k, r in zip(self._keys[start:end], self._rows[start:end], strict=True)}
        if [k for k in self._keys[start:end]] != [k for k in keys if k in old]:
            # Same rows, another order: move them without losing the selection.
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            saved = [(p, self._keys[p.row()]) for p in persistent if start <= p.row() < end]
            kept = [k for k in keys if k in old]
            self._keys[start:end] = kept
            self._rows[start:end] = [old[k] for k in kept]
            position = {k: start + i for i, k in enumerate(kept)}
            for p, k in saved:
                self.changePersistentIndex(p, self.index(position[k]))
            self.layoutChanged.emit()
            touched = True
        i = 0
        while i < len(keys):
            k, r, row = keys[i], rows[i], start + i
            if row < end and self._keys[row] == k:
                if (changed or _differs)(k, self._rows[row], r):
                    self._rows[row] = r
                    index = self.index(row)
                    self.dataChanged.emit(index, index)
                    touched = True
                else:
                    self._rows[row] = r
                i += 1
                continue
            # A run of new rows goes in with one insertion: a pasted narrative brings
            # thousands of facts, and one insertion each kept the UI thread busy for ~0.2 s.
            j = i + 1
            while j < len(keys) and keys[j] not in old:
                j += 1
            self.beginInsertRows(QModelIndex(), row, row + j - i - 1)
            self._keys[row:row] = keys[i:j]
            self._rows[row:row] = rows[i:j]
            self.endInsertRows()
            end += j - i
            i = j
            touched = True
        return touched

    def _replace_rows(self, rows: Sequence[Any], start: int) -> bool:
        """The same keys in the same order (the common case: a key typed into a long
        narrative keeps its 3,500 facts, most of them the same objects): only the rows that
        differ are replaced and redrawn, found without a call per row."""
        old = self._rows[start : start + len(rows)]
        differing = [i for i, (a, b) in enumerate(zip(old, rows, strict=True)) if a is not b]
        touched = False
        for i in differing:
            row = start + i
            if self._rows[row] != rows[i]:
                touched = True
                self._rows[row] = rows[i]
                index = self.index(row)
                self.dataChanged.emit(index, index)
            else:
                self._rows[row] = rows[i]
        return touched


def common_prefix(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    """How many leading items ``a`` and ``b`` share (slices compared in C, halving)."""
    a, b = list(a), list(b)
    low, high = 0, min(len(a), len(b))
    if a[:high] == b[:high]:
        return high
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _differs(_key, old, new) -> bool:
    return old is not new and old != new


class HintModel(KeyedListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.view: PanelView | None = None

    def apply(self, view: PanelView | None) -> bool:
        previous, self.view = self.view, view
        hints = view.hints if view else ()
        before = previous.decisions if previous else {}
        after = view.decisions if view else {}
        return self.sync(
            [h.id for h in hints],
            list(hints),
            lambda k, old, new: old != new or before.get(k) != after.get(k),
        )

    def hint_at(self, row: int) -> Hint:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hint = self._rows[index.row()]
        decision = self.view.decision(hint.id) if self.view else None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = f" [{tr(STATUS_LABELS[decision.status])}]" if decision else ""
            return f"{tr(KIND_LABELS.get(hint.kind, hint.kind))}: {hint.title}{mark}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hint.body
        if role == Qt.ItemDataRole.BackgroundRole:
            hue = KIND_HUES.get(hint.kind)  # information: the plain background
            return tint(hue) if hue else None
        if role == IdRole:
            return hint.id
        if role == KindRole:
            return hint.kind
        if role == StatusRole:
            return decision.status if decision else ""
        return None


class FactModel(KeyedListModel):
    """Facts in entry order; a new view changes only the rows of the entries it touched."""

    def __init__(self, parent=None, names: Callable[[Fact], str] | None = None):
        super().__init__(parent)
        self.view: PanelView | None = None
        self.names = names or (lambda fact: str(fact.value))  # what a value is called (German)

    def apply(self, view: PanelView | None, touched=None) -> bool:
        previous, self.view = self.view, view
        if view is None:
            return self.sync([], [])
        if previous is None or view.full:
            facts = [f for n in sorted(view.facts_by_entry) for f in view.facts_by_entry[n]]
            return self.sync([f.id for f in facts], facts, self._status_changed(previous))
        result = False
        for number in sorted(touched if touched is not None else view.touched):
            facts = view.facts_by_entry.get(number, ())
            start, end = self._block(number)
            result |= self.sync([f.id for f in facts], list(facts), start=start, end=end)
        # Confirmed or rejected (here or elsewhere): only the facts whose status changed are
        # looked up and redrawn, not each row of the touched entries asked for its status.
        decided = (previous.confirmed ^ view.confirmed) | (previous.rejected ^ view.rejected)
        for fact_id in decided:
            row = self.row_of(fact_id)
            if row >= 0:
                index = self.index(row)
                self.dataChanged.emit(index, index)
                result = True
        return result

    def _status_changed(self, previous: PanelView | None):
        def changed(key, old, new) -> bool:
            if _differs(key, old, new) or previous is None:
                return _differs(key, old, new)
            return previous.fact_status(key) != self.view.fact_status(key)

        return changed

    def _block(self, number: int) -> tuple[int, int]:
        def entry(fact: Fact) -> int:
            return fact.entry

        # Searched, not listed: building the list of 3,500 rows' entries cost ~1 ms a view.
        rows = self._rows
        return bisect_left(rows, number, key=entry), bisect_left(rows, number + 1, key=entry)

    def fact_at(self, row: int) -> Fact:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        fact = self._rows[index.row()]
        status = self.view.fact_status(fact.id) if self.view else "detected"
        if role == Qt.ItemDataRole.DisplayRole:
            kind = tr(FACT_KIND_LABELS[fact.kind]) if fact.kind in FACT_KIND_LABELS else fact.kind
            shown = self.names(fact)
            value = f" → {shown}" if shown and shown != fact.text else ""
            status_text = tr(STATUS_LABELS[status])
            entry = QCoreApplication.translate("AssistantModels", "Entry %1").replace(
                "%1", str(fact.entry)
            )
            return f"{entry} · {kind}: „{fact.text}“{value} [{status_text}]"
        if role == Qt.ItemDataRole.ForegroundRole and status == "rejected":
            return muted()
        if role == IdRole:
            return fact.id
        if role == StatusRole:
            return status
        return None


def period_text(period: Period) -> str:
    """A period as a German reader writes it (03.04.1994, 08.2014, 2014, 2014–2016)."""
    start, end = period.first, period.last
    if start == end:
        return f"{start:%d.%m.%Y}"
    if start.year == end.year and start.month == end.month and start.day == 1:
        return f"{start:%m.%Y}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return f"{start:%d.%m.%Y}–{end:%d.%m.%Y}"


class ChecklistModel(KeyedListModel):
    def apply(self, items: Sequence[ChecklistItemState]) -> bool:
        return self.sync([i.id for i in items], list(items))

    def item_at(self, row: int) -> ChecklistItemState:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item: ChecklistItemState = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{item.title} – {settled_text(item)}"
                if item.covered or item.by_hand
                else (item.title)
            )
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.covered else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.basis}\n{settled_text(item)}" if item.covered else item.basis
        if role == IdRole:
            return item.id
        if role == StatusRole:
            return item.status
        return None


def settled_text(item: ChecklistItemState) -> str:
    """What settled an item (or why it is open by hand), as the interviewer reads it."""
    if item.by_hand == "covered":
        return QCoreApplication.translate("AssistantModels", "settled by hand: %1").replace(
            "%1", item.reason
        )
    if item.by_hand == "open":
        return QCoreApplication.translate("AssistantModels", "kept open by hand: %1").replace(
            "%1", item.reason
        )
    parts = []
    if item.notices:
        parts.append(QCoreApplication.translate("AssistantModels", "notice recorded"))
    if item.entries:
        numbers = ", ".join(str(n) for n in item.entries)
        one = len(item.entries) == 1
        label = (
            QT_TRANSLATE_NOOP("AssistantModels", "entry %1")
            if one
            else QT_TRANSLATE_NOOP("AssistantModels", "entries %1")
        )
        parts.append(QCoreApplication.translate("AssistantModels", label).replace("%1", numbers))
    return "; ".join(parts) or QCoreApplication.translate("AssistantModels", "from the case file")


class QuestionModel(KeyedListModel):
    """Questions that would settle what is still open (the question text is its own key)."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, IdRole):
            return self._rows[index.row()]
        return None
