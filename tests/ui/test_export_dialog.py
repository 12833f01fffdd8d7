"""The export dialog: opens in the folder IT named, says the file is not encrypted, protects a
PDF with a password (required where IT says so), and the exported file is owner-only."""

from __future__ import annotations

import stat

import pytest
from pypdf import PdfReader

from app.ui.hearing.export_dialog import ExportDialog
from tests.ui.helpers import create_profile, open_dialog
from tests.ui.test_hearing_flow import create_case, start_hearing


@pytest.fixture
def exports(tmp_path, monkeypatch):
    folder = tmp_path / "Niederschriften"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    def deployment(required: bool):
        path = tmp_path / "deployment.yaml"
        path.write_text(
            f"export:\n  folder: {folder}\n  pdf_password_required: {str(required).lower()}\n"
        )
        monkeypatch.setenv("ASA_DEPLOYMENT", str(path))
        return folder

    return deployment


@pytest.fixture
def page(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    return start_hearing(qtbot, window)


def _export(qtbot, page, dialog, name, password=""):
    dialog.selectFile(name)
    if password:
        dialog.password_field.setText(password)
        dialog.repeat_field.setText(password)
    with qtbot.waitSignal(page.exported, timeout=20000) as done:
        dialog.accept()
    return done.args[0]


def test_pdf_export_in_the_folder_it_named_protected_and_owner_only(qtbot, page, exports):
    folder = exports(required=True)
    page.completion_actions.ask_export("pdf")
    dialog = open_dialog(qtbot, ExportDialog)

    assert dialog.directory().absolutePath() == str(folder)
    assert "nicht verschlüsselt" in dialog.warning.text()
    assert dialog.nameFilters() == ["PDF-Dokument (*.pdf)"]  # not "Alle Dateien (*)"
    dialog.selectFile("n.pdf")
    dialog.accept()  # no password, but IT requires one
    assert dialog.isVisible() and "mindestens 8 Zeichen" in dialog.problem.text()
    dialog.password_field.setText("Geheim-2026")
    dialog.repeat_field.setText("Geheim-2025")
    dialog.accept()
    assert dialog.isVisible() and "unterscheiden sich" in dialog.problem.text()

    written = _export(qtbot, page, dialog, "n.pdf", "Geheim-2026")

    assert stat.S_IMODE((folder / "n.pdf").stat().st_mode) == 0o600
    reader = PdfReader(written)
    assert reader.is_encrypted and not reader.decrypt("falsch")
    assert reader.decrypt("Geheim-2026")


def test_word_export_is_refused_plainly_where_protection_is_required(qtbot, page, exports):
    exports(required=True)
    messages = []
    page.message.connect(messages.append)
    page.completion_actions.ask_export("docx")
    assert "Word-Datei" in messages[-1] and "PDF" in messages[-1]


def test_unprotected_exports_are_owner_only_and_still_warned_about(qtbot, page, exports):
    folder = exports(required=False)
    page.completion_actions.ask_export("docx")
    dialog = open_dialog(qtbot, ExportDialog)
    assert dialog.password_field is None and dialog.warning.isVisibleTo(dialog)
    _export(qtbot, page, dialog, "n.docx")
    assert stat.S_IMODE((folder / "n.docx").stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # made by ASA, owner-only
