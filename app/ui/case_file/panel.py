"""The case-file panel: a side tab of the hearing screen (Ctrl+5).

What the file says (identity, family, route, earlier statements, documents), each value with
whether the hearing so far agrees, differs or has not touched it. Enter or a click on a value
shows the entry it refers to; the comparison itself is ``app.assistant.case_file_check``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from app.assistant.case_file_check import AGREES, DIFFERS, UNTOUCHED, FileValue
from app.ui.case_file.model import CaseFileModel, EntryRole
from app.ui.padded_rows import PaddedRows


class CaseFilePanel(QWidget):
    entry_requested = Signal(int)  # the entry number to select in the transcript

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("caseFilePanel")
        self.summary = QLabel()
        self.summary.setObjectName("caseFileSummary")
        self.summary.setWordWrap(True)
        self.model = CaseFileModel(self)
        self.values = QListView()
        self.values.setObjectName("caseFileValues")
        self.values.setModel(self.model)
        self.values.setWordWrap(True)
        self.values.setItemDelegate(PaddedRows(self.values))
        self.values.setUniformItemSizes(False)
        self.values.setSpacing(1)
        self.values.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.values.activated.connect(self._activated)
        self.values.clicked.connect(self._activated)
        self.setFocusProxy(self.values)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.values, 1)
        self._counts: dict[str, int] = {}
        self._unavailable: tuple[str, bool] | None = None  # (why, because the packs failed)
        self.retranslate()

    def set_values(self, values: tuple[FileValue, ...]) -> None:
        """A new comparison; only rows whose status changed are redrawn."""
        if not self.model.set_values(values):
            return
        counts = {s: sum(v.status == s for v in values) for s in (AGREES, DIFFERS, UNTOUCHED)}
        if counts != self._counts:
            self._counts = counts
            self._show_summary()

    def _show_summary(self) -> None:
        if self._unavailable is not None:
            self._show_unavailable()
            return
        if not self._counts:
            self.summary.setText(self.tr("Waiting for the assistant…"))
            return
        differ, agree = self._counts[DIFFERS], self._counts[AGREES]
        parts = [  # the verb agrees with the number: "1 stimmt überein", "2 stimmen überein"
            self.tr("1 differs")
            if differ == 1
            else self.tr("%1 differ").replace("%1", str(differ)),
            self.tr("1 agrees") if agree == 1 else self.tr("%1 agree").replace("%1", str(agree)),
            self.tr("%1 not touched yet").replace("%1", str(self._counts[UNTOUCHED])),
            self.tr("Enter: show the entry"),
        ]
        self.summary.setText(" · ".join(parts))

    def set_unavailable(self, reason: str, packs_failed: bool = False) -> None:
        """No comparison can be made: say so and why, instead of waiting for ever."""
        self._unavailable = (reason, packs_failed)
        self._show_unavailable()

    def _show_unavailable(self) -> None:
        reason, packs_failed = self._unavailable
        if packs_failed:
            text = self.tr(
                "No comparison with the case file: the guideline rule packs could not be "
                "loaded, so the hearing is not read. The transcript is not affected. Details: %1"
            )
        else:
            text = self.tr("The hearing cannot be compared with the file: %1")
        self.summary.setText(text.replace("%1", reason))

    def _activated(self, index) -> None:
        number = index.data(EntryRole)
        if number is not None:
            self.entry_requested.emit(number)

    def retranslate(self) -> None:
        self._show_summary()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
