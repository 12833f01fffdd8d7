"""Dialog to record a new case: reference and the applicant as known before the hearing."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.domain.case import Applicant
from app.ui.buttons import ok_cancel
from app.ui.countries import country_name

NATIONALITIES = ("", "AFG", "ERI", "IRN", "IRQ", "NGA", "SOM", "SYR", "TUR", "VEN", "XXA")


class NewCaseDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.reference = QLineEdit()
        self.family_name = QLineEdit()
        self.given_names = QLineEdit()
        self.family_name_original = QLineEdit()
        self.given_names_original = QLineEdit()
        self.date_of_birth = QLineEdit()
        self.date_of_birth.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.nationality = QComboBox()
        for code in NATIONALITIES:  # the name in the UI language; the case keeps the code
            self.nationality.addItem(country_name(code) if code else "", code)
        self.nationality.setEditable(True)  # another ISO code may be typed
        self.sex = QComboBox()
        for code, label in (
            ("", ""),
            ("f", self.tr("female")),
            ("m", self.tr("male")),
            ("x", self.tr("diverse")),
        ):
            self.sex.addItem(label, code)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. Sorani, Arabic"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")

        form = QFormLayout()
        form.addRow(self.tr("Case reference (Az.)"), self.reference)
        form.addRow(self.tr("Family name"), self.family_name)
        form.addRow(self.tr("Given names"), self.given_names)
        form.addRow(self.tr("Family name (original script)"), self.family_name_original)
        form.addRow(self.tr("Given names (original script)"), self.given_names_original)
        form.addRow(self.tr("Date of birth"), self.date_of_birth)
        form.addRow(self.tr("Nationality"), self.nationality)
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Languages"), self.languages)
        buttons = ok_cancel(self, self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _parse_date(self) -> date | None:
        text = self.date_of_birth.text().strip()
        if not text:
            return None
        for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        raise ValueError(self.tr("The date of birth is not a date like 31.12.1990."))

    def _accept(self) -> None:
        try:
            self._parse_date()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        if not self.reference.text().strip():
            self.error.setText(self.tr("Please enter the case reference."))
            return
        if not (self.family_name.text().strip() or self.family_name_original.text().strip()):
            self.error.setText(self.tr("Please enter the applicant's family name."))
            return
        self.accept()

    def _nationality_code(self) -> str:
        """The chosen country's code, or what was typed (a code not in the list)."""
        text = self.nationality.currentText().strip()
        index = self.nationality.findText(text)
        return self.nationality.itemData(index) if index >= 0 else text.upper()

    def values(self) -> tuple[str, Applicant]:
        langs = tuple(s.strip() for s in self.languages.text().split(",") if s.strip())
        return self.reference.text().strip(), Applicant(
            family_name=self.family_name.text().strip(),
            given_names=self.given_names.text().strip(),
            family_name_original=self.family_name_original.text().strip(),
            given_names_original=self.given_names_original.text().strip(),
            date_of_birth=self._parse_date(),
            nationality=self._nationality_code(),
            sex=self.sex.currentData() or "",
            languages=langs,
        )
