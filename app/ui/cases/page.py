"""The case list page: search, the table of cases, new case, start or continue a hearing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.operations.cases import CaseRow
from app.ui.buttons import return_clicks
from app.ui.cases.model import CaseFilterProxy, CaseIdRole, CaseTableModel


class CaseListPage(QWidget):
    new_case_requested = Signal()
    open_case_requested = Signal(str)  # case id: start or continue its hearing
    lock_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("caseListPage")
        self.banner = QLabel()
        self.banner.setObjectName("abnormalEndBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; padding: 8px; border: 1px solid #e0c060;")
        self.banner.hide()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = CaseTableModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._search_entered)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        self.table.activated.connect(lambda _i: self._open_selected())
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_case_requested)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_selected)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.lock_requested)
        return_clicks(self.new_button, self.open_button, self.lock_button)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_case_requested.emit)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addWidget(self.lock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by reference or name (Ctrl+F)"))
        self.new_button.setText(self.tr("New case"))
        self.open_button.setText(self.tr("Start / continue hearing"))
        self.lock_button.setText(self.tr("Lock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.model.set_rows(rows)
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def show_abnormal_end(self, shown: bool) -> None:
        self.banner.setText(
            self.tr(
                "The last session did not end normally (crash or power loss). Everything that was "
                "saved has been restored; the save indicator showed what was saved."
            )
        )
        self.banner.setVisible(shown)

    def clear(self) -> None:
        self.model.clear()
        self.search.clear()
        self.banner.hide()

    def selected_case_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CaseIdRole) if rows else None

    def _open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id:
            self.open_case_requested.emit(case_id)

    def _search_entered(self) -> None:
        """Return in the search field: one case found opens it; several, the list takes the
        keyboard with the first one selected (Return there opens it)."""
        if self.proxy.rowCount() == 0:
            return
        self.table.selectRow(0)
        self.table.setCurrentIndex(self.proxy.index(0, 0))
        if self.proxy.rowCount() == 1:
            self._open_selected()
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
