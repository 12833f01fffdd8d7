"""The case-file rows as a list model: section headings and values with their status.

The rows of a case file stay the same while the hearing goes on; only their status changes.
A new comparison is applied row by row (``KeyedListModel.sync``): an unchanged row sends
nothing, so the selection and scroll position stay and an idle hearing keeps the list still.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.assistant.case_file_check import AGREES, DIFFERS, FileValue
from app.ui.assistant.models import KeyedListModel
from app.ui.countries import country_name

KeyRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2  # the entry to show: the one that differs, or agrees
StatusRole = Qt.ItemDataRole.UserRole + 3  # agrees | differs | untouched; None for a heading

SECTIONS = {
    "identity": QT_TRANSLATE_NOOP("CaseFileModel", "Identity"),
    "family": QT_TRANSLATE_NOOP("CaseFileModel", "Family"),
    "route": QT_TRANSLATE_NOOP("CaseFileModel", "Route"),
    "statements": QT_TRANSLATE_NOOP("CaseFileModel", "Earlier statements (registration)"),
    "documents": QT_TRANSLATE_NOOP("CaseFileModel", "Documents"),
}
LABELS = {
    "name": QT_TRANSLATE_NOOP("CaseFileModel", "Name"),
    "dob": QT_TRANSLATE_NOOP("CaseFileModel", "Date of birth"),
    "birthplace": QT_TRANSLATE_NOOP("CaseFileModel", "Place of birth"),
    "nationality": QT_TRANSLATE_NOOP("CaseFileModel", "Nationality"),
    "origin": QT_TRANSLATE_NOOP("CaseFileModel", "Place of origin"),
    "departure": QT_TRANSLATE_NOOP("CaseFileModel", "Departure"),
    "children": QT_TRANSLATE_NOOP("CaseFileModel", "Number of children"),
    "sons": QT_TRANSLATE_NOOP("CaseFileModel", "Number of sons"),
    "daughters": QT_TRANSLATE_NOOP("CaseFileModel", "Number of daughters"),
    "siblings": QT_TRANSLATE_NOOP("CaseFileModel", "Number of siblings"),
    "brothers": QT_TRANSLATE_NOOP("CaseFileModel", "Number of brothers"),
    "sisters": QT_TRANSLATE_NOOP("CaseFileModel", "Number of sisters"),
}
STATUS = {
    "agrees": QT_TRANSLATE_NOOP("CaseFileModel", "agrees"),
    "differs": QT_TRANSLATE_NOOP("CaseFileModel", "DIFFERS"),
    "untouched": QT_TRANSLATE_NOOP("CaseFileModel", "not touched yet"),
}
COLORS = {AGREES: "#e6f4ea", DIFFERS: "#fde2e1"}


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseFileModel", text)


def label_text(value: FileValue) -> str:
    """Fixed labels in the interface language; the file's own words (Sohn, Türkei) as recorded."""
    if value.section in ("identity", "family") and value.label in LABELS:
        return tr(LABELS[value.label])
    return value.label


def recorded_text(value: FileValue) -> str:
    """The file's value as a person reads it: a nationality by its country's name."""
    if value.key == "identity:nationality":
        return country_name(value.recorded)
    return value.recorded


def status_text(value: FileValue) -> str:
    status = tr(STATUS[value.status])
    if value.entry is None:
        return status
    where = QCoreApplication.translate("CaseFileModel", "entry %1").replace("%1", str(value.entry))
    return f"{status} – {where}: »{value.said}«"


class CaseFileModel(KeyedListModel):
    """Headings (key ``section:<name>``, row None) and values (a :class:`FileValue`)."""

    def set_values(self, values: tuple[FileValue, ...]) -> bool:
        keys, rows, section = [], [], None
        for value in values:
            if value.section != section:
                section = value.section
                keys.append(f"section:{section}")
                rows.append(section)
            keys.append(value.key)
            rows.append(value)
        return self.sync(keys, rows)

    def value_at(self, row: int) -> FileValue | None:
        found = self._rows[row]
        return found if isinstance(found, FileValue) else None

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def flags(self, index):
        if self.value_at(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: not selectable
        return super().flags(index)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row if isinstance(row, FileValue) else None
        if role == KeyRole:
            return self._keys[index.row()]
        if value is None:  # a section heading
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(SECTIONS[row])
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            shown = recorded_text(value)
            recorded = f"{label_text(value)}: {shown}" if shown else label_text(value)
            return f"{recorded}\n{status_text(value)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.data(index)
        if role == Qt.ItemDataRole.BackgroundRole and value.status in COLORS:
            return QBrush(QColor(COLORS[value.status]))
        if role == Qt.ItemDataRole.ForegroundRole and value.status in COLORS:
            return QBrush(QColor("#1f1f1f"))  # readable on the light status colours in a dark theme
        if role == EntryRole:
            return value.entry
        if role == StatusRole:
            return value.status
        return None
