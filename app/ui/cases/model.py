"""The table model behind the case list, and the proxy that filters it by a search text."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.operations.cases import CaseRow
from app.ui.countries import country_name

CaseIdRole = Qt.ItemDataRole.UserRole + 1
HearingStateRole = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("reference", "name", "original_name", "nationality", "state")
_HEADERS = {
    "reference": QT_TRANSLATE_NOOP("CaseTableModel", "Case ref."),
    "name": QT_TRANSLATE_NOOP("CaseTableModel", "Applicant"),
    "original_name": QT_TRANSLATE_NOOP("CaseTableModel", "Name (original script)"),
    "nationality": QT_TRANSLATE_NOOP("CaseTableModel", "Nationality"),
    "state": QT_TRANSLATE_NOOP("CaseTableModel", "Hearing"),
}
_STATES = {
    "": QT_TRANSLATE_NOOP("CaseTableModel", "not started"),
    "in_progress": QT_TRANSLATE_NOOP("CaseTableModel", "in progress"),
    "readback": QT_TRANSLATE_NOOP("CaseTableModel", "read-back"),
    "sealed": QT_TRANSLATE_NOOP("CaseTableModel", "sealed"),
}
_RETURNED = QT_TRANSLATE_NOOP("CaseTableModel", "returned for revision")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[COLUMNS[section]])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CaseIdRole:
            return row.case.id
        if role == HearingStateRole:
            return row.hearing_state
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "original_name":
            # Names in Arabic script read from the right.
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CaseRow, column: str) -> str:
        a = row.case.applicant
        if column == "reference":
            return row.case.reference
        if column == "name":
            return a.display_name
        if column == "original_name":
            return a.original_name
        if column == "nationality":
            return country_name(a.nationality)
        if row.returned:
            return _tr(_RETURNED)
        state = _tr(_STATES.get(row.hearing_state, row.hearing_state))
        if row.hearing_state == "in_progress":
            if row.entry_count == 1:
                return QCoreApplication.translate("CaseTableModel", "in progress (1 entry)")
            return QCoreApplication.translate("CaseTableModel", "in progress (%1 entries)").replace(
                "%1", str(row.entry_count)
            )
        return state


class CaseFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose reference or names contain every word of the search text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        # Qt 6.10's way to re-filter rows (invalidateRowsFilter is deprecated there; hence
        # PySide6 >= 6.10 in pyproject.toml).
        self.beginFilterChange()
        self._needle = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        return model.row_at(source_row).case.matches(self._needle)
