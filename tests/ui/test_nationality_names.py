"""A nationality is shown by its country's name in the UI language; the case keeps the code."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.cases.new_case_dialog import NewCaseDialog
from tests.ui.helpers import create_profile, key, open_dialog, type_text
from tests.ui.test_case_file_panel import hearing_of_a_case_with_a_file, settled


def test_a_new_case_offers_and_lists_country_names(qtbot, window):
    create_profile(qtbot, window)
    key(qtbot, window.case_page, "Ctrl+N")
    dialog = open_dialog(qtbot, NewCaseDialog)
    type_text(dialog.reference, "7001234-475")
    type_text(dialog.family_name, "Beispiel")
    type_text(dialog.given_names, "Amina")
    offered = [dialog.nationality.itemText(i) for i in range(dialog.nationality.count())]
    assert "Syrien" in offered and "SYR" not in offered
    dialog.nationality.setCurrentText("Syrien")
    assert dialog.values()[1].nationality == "SYR"
    dialog.nationality.setCurrentText("lby")  # a code not in the list is kept as typed
    assert dialog.values()[1].nationality == "LBY"
    dialog.nationality.setCurrentText("Syrien")
    with qtbot.waitSignal(window.cases_loaded, timeout=5000):
        dialog.accept()
    model = window.case_page.table.model()
    shown = [
        model.index(0, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())
    ]
    assert "Syrien" in shown and "SYR" not in shown


def test_the_case_file_panel_names_the_country(qtbot, window):
    page = hearing_of_a_case_with_a_file(qtbot, window)  # nationality IRQ
    settled(qtbot, page)
    panel = page.case_file
    qtbot.waitUntil(lambda: panel.model.row_of("identity:nationality") >= 0, timeout=10000)
    text = panel.model.index(panel.model.row_of("identity:nationality")).data()
    assert text.startswith("Staatsangehörigkeit: Irak") and "IRQ" not in text
