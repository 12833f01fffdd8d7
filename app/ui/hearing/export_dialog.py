"""Where to export the transcript, with a plain word that the file is not encrypted.

The exported DOCX/PDF is the one plaintext copy of a transcript outside the encrypted
profile. The dialog opens in the folder IT names in the deployment file (``export.folder``;
see app/export/folder.py), says that the file is not encrypted, and for a PDF offers a
password (AES-256; required when the deployment file sets ``export.pdf_password_required``,
in which case a Word export is refused: python-docx cannot encrypt). Qt's own file dialog is
used (not the platform's) because only it can carry the warning and the password fields.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QLineEdit

from app.store.profiles import MIN_PASSPHRASE

log = logging.getLogger(__name__)


def export_policy() -> tuple[Path, bool]:
    """The default folder and whether PDFs must be password-protected, from the deployment
    file; a broken deployment file (reported at unlock) leaves the built-in defaults."""
    from app.datafiles import DataFileError
    from app.deployment import NOT_CONFIGURED, load_deployment
    from app.export.folder import default_export_folder

    try:
        deployment = load_deployment()
    except DataFileError:
        deployment = NOT_CONFIGURED
    try:
        folder = default_export_folder(deployment)
    except OSError as exc:
        log.warning("export folder cannot be made: %s", type(exc).__name__)
        folder = Path.home()
    return folder, deployment.pdf_password_required


class ExportDialog(QFileDialog):
    """Save-as for one export format; ``password()`` is what the PDF is protected with."""

    def __init__(self, fmt: str, file_name: str, folder: Path, password_required: bool, parent):
        super().__init__(parent, "", str(folder / file_name))
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export transcript"))
        self.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setDefaultSuffix(fmt)
        self.setNameFilter(
            self.tr("PDF document (*.pdf)") if fmt == "pdf" else self.tr("Word document (*.docx)")
        )
        self.password_required = password_required and fmt == "pdf"
        self.warning = QLabel(
            self.tr(
                "The exported file is not encrypted: whoever can open it can read the "
                "transcript. Keep it in this folder, pass it on only as your office's rules "
                "allow, and delete it when it is no longer needed."
            )
        )
        self.warning.setObjectName("exportNotEncrypted")
        self.warning.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.password_field = self.repeat_field = None
        rows: list[tuple[QLabel | None, object]] = [(None, self.warning)]
        if fmt == "pdf":
            self.password_field, self.repeat_field = QLineEdit(), QLineEdit()
            for field in (self.password_field, self.repeat_field):
                field.setEchoMode(QLineEdit.EchoMode.Password)
            label = (
                self.tr("PDF password (required)")
                if self.password_required
                else self.tr("PDF password (optional)")
            )
            rows += [
                (QLabel(label), self.password_field),
                (QLabel(self.tr("Repeat password")), self.repeat_field),
            ]
        rows.append((None, self.problem))
        self._add_rows(rows)

    def _add_rows(self, rows) -> None:
        layout = self.layout()
        if not isinstance(layout, QGridLayout):  # Qt's dialog is a grid; be safe otherwise
            layout.addWidget(self.warning)
            return
        for label, widget in rows:
            row = layout.rowCount()
            if label is None:
                layout.addWidget(widget, row, 0, 1, layout.columnCount())
            else:
                layout.addWidget(label, row, 0)
                layout.addWidget(widget, row, 1, 1, layout.columnCount() - 1)

    def password(self) -> str | None:
        return self.password_field.text() if self.password_field is not None else None

    def accept(self) -> None:
        if self.password_field is not None:
            password, repeat = self.password_field.text(), self.repeat_field.text()
            if password != repeat:
                self.problem.setText(self.tr("The two passwords differ."))
                return
            if (password or self.password_required) and len(password) < MIN_PASSPHRASE:
                self.problem.setText(
                    self.tr("The password needs at least %1 characters.").replace(
                        "%1", str(MIN_PASSPHRASE)
                    )
                )
                return
        super().accept()
