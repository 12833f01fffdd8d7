"""German wording on the hearing screen: a single entry is "Eintrag", not "Einträge"."""

from __future__ import annotations

from app.assistant.checklist import ChecklistItemState
from app.ui.assistant.models import settled_text


def item(*entries: int) -> ChecklistItemState:
    return ChecklistItemState(
        "return_harm", "Befürchtungen bei Rückkehr", "§ 4 AsylG", "covered", entries, (),
        "checklist", "2025.1",
    )  # fmt: skip


def test_what_settled_an_item_is_worded_by_number(window):  # window: the German UI
    assert settled_text(item(12)) == "Eintrag 12"
    assert settled_text(item(5, 7)) == "Einträge 5, 7"


def test_the_rule_packs_are_named_in_german_not_by_their_ids(qtbot, window):
    from tests.ui.helpers import hearing_with_answers

    page = hearing_with_answers(qtbot, window)
    status = page.assistant_panel.status
    qtbot.waitUntil(lambda: "2025" in status.text(), timeout=10000)
    text = status.text()
    assert "Syrien 2025.2" in text and "Irak 2025.2" in text and "Checkliste 2025.1" in text
    assert "syria" not in text and "checklist" not in text


def test_a_hints_explanation_names_its_entry_and_pack_not_the_rules_id(qtbot, window):
    from tests.ui.helpers import hearing_with_answers

    page = hearing_with_answers(qtbot, window, "Ich komme aus Hawler. Im August 2014 kam der IS.")
    panel = page.assistant_panel
    qtbot.waitUntil(lambda: panel.hint_model.rowCount() > 0, timeout=10000)
    for row in range(panel.hint_model.rowCount()):
        panel.hints.setCurrentIndex(panel.hint_model.index(row))
        hint = panel.selected_hint()
        shown = panel.detail.toPlainText()
        assert "Warum: aus Eintrag 1 (Paket " in shown, shown
        assert hint.explanation.rule_id not in shown


def test_the_header_names_the_interpreter_by_the_form_of_address(qtbot, window):
    """Not "Sprachmittler/in: Frau …" when the form of address already says who it is."""
    from tests.ui.helpers import hearing_with_answers

    page = hearing_with_answers(qtbot, window)
    page.set_participants("Frau Haddad", "Arabisch", "Berlin", [])
    assert "Sprachmittlerin: Frau Haddad (Arabisch)" in page.header.text()
    page.set_participants("Herr Haddad", "Arabisch", "Berlin", [])
    assert "Sprachmittler: Herr Haddad (Arabisch)" in page.header.text()
    page.set_participants("K. Haddad", "Arabisch", "Berlin", [])
    assert "Sprachmittler/in: K. Haddad (Arabisch)" in page.header.text()


def test_the_case_list_counts_one_entry_as_one(window):  # window: the German UI
    """Not "läuft (1 Einträge)" in the case list."""
    from app.domain.case import Case
    from app.operations.cases import CaseRow
    from app.ui.cases.model import CaseTableModel
    from tests.conftest import sample_applicant

    model = CaseTableModel()
    case = Case("1234567-438", sample_applicant())
    model.set_rows([CaseRow(case, "in_progress", n) for n in (1, 4)])
    column = model.columnCount() - 1
    assert model.index(0, column).data() == "läuft (1 Eintrag)"
    assert model.index(1, column).data() == "läuft (4 Einträge)"


def test_the_case_file_summary_agrees_with_its_numbers(qtbot, window):
    """Not "1 stimmen überein": the verb follows the number."""
    from app.assistant.case_file_check import AGREES, DIFFERS, UNTOUCHED, FileValue
    from app.ui.case_file.panel import CaseFilePanel

    panel = CaseFilePanel()
    qtbot.addWidget(panel)

    def values(*statuses):
        return tuple(
            FileValue(f"identity:{i}", "identity", "name", f"Wert {i}", status)
            for i, status in enumerate(statuses)
        )

    panel.set_values(values(AGREES, DIFFERS, UNTOUCHED, UNTOUCHED))
    assert panel.summary.text().startswith(
        "1 weicht ab · 1 stimmt überein · 2 noch nicht angesprochen · Eingabetaste"
    )
    panel.set_values(values(AGREES, AGREES, DIFFERS, DIFFERS, DIFFERS))
    assert panel.summary.text().startswith("3 weichen ab · 2 stimmen überein · 0 noch nicht")
