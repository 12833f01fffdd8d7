"""The typed answer fields of a standard question (place, date, yes/no, people, number).

They sit under the free answer and are optional: the answer in the applicant's words stays the
record; the fields make key facts explicit for the assistant and the export.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from app.skeletons import Question
from app.skeletons.model import FieldKind
from app.ui.read_only import set_read_only

_DATE = re.compile(r"^(\d{1,2}\.){0,2}\d{4}$")  # 03.04.1994, 04.1994 or 1994


class FieldsForm(QWidget):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("fieldsForm")
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self._loading = False

    def show_question(
        self, question: Question | None, values: dict[str, str], language: str, read_only: bool
    ) -> None:
        self._loading = True
        try:
            while self._layout.rowCount():
                self._layout.removeRow(0)
            self.inputs.clear()
            for f in question.fields if question else ():
                widget = self._input(f.kind, values.get(f.id, ""), read_only)
                widget.setObjectName(f"field_{f.id}")
                self._layout.addRow(f.label_in(language), widget)
                self.inputs[f.id] = widget
            self.setVisible(bool(self.inputs))
        finally:
            self._loading = False

    def _input(self, kind: FieldKind, value: str, read_only: bool):
        if kind == FieldKind.YESNO:
            box = QComboBox()
            for text in ("", "ja", "nein"):
                box.addItem(text)
            box.setCurrentText(value)
            box.setEnabled(not read_only)
            box.currentIndexChanged.connect(self._changed)
            return box
        line = QLineEdit(value)
        set_read_only(line, read_only)
        if kind == FieldKind.DATE:
            line.setPlaceholderText(self.tr("dd.mm.yyyy, mm.yyyy or yyyy"))
        elif kind == FieldKind.PEOPLE:
            line.setPlaceholderText(self.tr("names, separated by commas"))
        line.textChanged.connect(self._changed)
        return line

    def values(self) -> dict[str, str]:
        return {
            fid: (w.currentText() if isinstance(w, QComboBox) else w.text()).strip()
            for fid, w in self.inputs.items()
        }

    def invalid(self, question: Question | None) -> list[str]:
        """Field ids whose value does not fit the field's kind (shown, never blocking)."""
        bad = []
        for f in question.fields if question else ():
            value = self.values().get(f.id, "")
            if value and f.kind == FieldKind.DATE and not _DATE.match(value):
                bad.append(f.id)
            if value and f.kind == FieldKind.NUMBER and not value.isdigit():
                bad.append(f.id)
        return bad

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()
