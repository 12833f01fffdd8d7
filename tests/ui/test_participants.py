"""Interpreter, language and others present can be recorded during the hearing and appear in
the Niederschrift."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt

from app.ui.hearing.dialogs import ParticipantsDialog
from tests.ui.helpers import create_profile, open_dialog, wait_saved
from tests.ui.test_hearing_flow import create_case, start_hearing


def test_participants_are_recorded_and_exported(qtbot, window, tmp_path):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    qtbot.mouseClick(page.participants_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, ParticipantsDialog)
    dialog.interpreter.setText("Herr Neuer Sprachmittler")
    dialog.others.setPlainText("Rechtsanwältin Dr. Beispiel (Bevollmächtigte)\n\n")
    dialog.accept()
    wait_saved(qtbot, window)
    stored = window.worker.submit(lambda s: s.hearings.get(page.hearing.id)).result()
    assert stored.interpreter == "Herr Neuer Sprachmittler"
    assert stored.participants == ["Rechtsanwältin Dr. Beispiel (Bevollmächtigte)"]
    assert "Herr Neuer Sprachmittler" in page.header.text()

    target = tmp_path / "n.docx"
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.completion_actions.export_to("docx", target)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Rechtsanwältin Dr. Beispiel" in text and "Herr Neuer Sprachmittler" in text
