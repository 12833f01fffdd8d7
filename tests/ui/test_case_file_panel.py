"""The case file beside the transcript (issue 9, point 4): through the real hearing screen,
ordinary German answers make the file's values agree, differ or stay untouched; Enter on a
differing value selects the entry that differs; the selection stays while the assistant takes
in more text; an idle hearing does not refresh the panel."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import date

from PySide6.QtCore import Qt

from app.domain.case import Applicant
from app.operations.cases import create_case
from tests.ui.conftest import screenshot
from tests.ui.helpers import create_profile, key, type_answer, wait_saved
from tests.ui.test_hearing_flow import start_hearing
from tests.ui.test_quiet_panel import settled

CASE_FILE = {
    "children_count": 2,
    "place_of_origin": "Erbil",
    "departure_date": "2015-09-01",
    "family_members": [
        {"relation": "Ehefrau", "name": "Shilan"},
        {"relation": "Sohn", "name": "Aram", "date_of_birth": "2016-02-11"},
        {"relation": "Tochter", "name": "Lana"},
    ],
    "route": [
        {"place": "Türkei", "date": "2015-09", "note": "mit dem Bus"},
        {"place": "Griechenland", "date": "2015-10"},
    ],
    "registration_statements": [
        {"subject": "Fluchtgrund", "text": "Bedrohung durch den IS in Erbil."},
    ],
    "documents": [{"kind": "Personalausweis", "note": "im Original vorgelegt"}],
}


def hearing_of_a_case_with_a_file(qtbot, window):
    create_profile(qtbot, window)
    applicant = Applicant(
        "Probe", "Dilan", date_of_birth=date(1994, 4, 3), place_of_birth="Erbil", nationality="IRQ"
    )
    done = window.worker.submit(
        lambda store: create_case(store, "7001234-438", applicant, CASE_FILE)
    )
    done.result(10)
    with qtbot.waitSignal(window.cases_loaded, timeout=5000):
        window.reload_cases()
    return start_hearing(qtbot, window)


def answer_next(qtbot, window, page, text):
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, text)


def statuses(panel) -> dict[str, tuple[str, int | None]]:
    model = panel.model
    return {
        v.key: (v.status, v.entry)
        for v in (model.value_at(r) for r in range(model.rowCount()))
        if v is not None
    }


def wait_status(qtbot, panel, value_key, status):
    qtbot.waitUntil(lambda: statuses(panel).get(value_key, ("",))[0] == status, timeout=10000)


def test_values_agree_differ_or_stay_untouched_and_enter_selects_the_entry(qtbot, window):
    window.resize(1366, 768)
    page = hearing_of_a_case_with_a_file(qtbot, window)
    panel = page.case_file
    answer_next(
        qtbot, window, page, "Ich heiße Dilan Probe. Geboren bin ich am 3. April 1994 in Erbil."
    )
    answer_next(qtbot, window, page, "Ich bin Iraker, ich habe die irakische Staatsangehörigkeit.")
    answer_next(qtbot, window, page, "Kurdisch (Sorani), ich verstehe den Sprachmittler gut.")
    answer_next(qtbot, window, page, "Mir geht es gut, ich kann angehört werden.")
    answer_next(qtbot, window, page, "Einen Ausweis habe ich nicht, er ist zu Hause geblieben.")
    answer_next(
        qtbot, window, page, "Ich bin verheiratet und habe drei Kinder. Mein Sohn Aram ist acht."
    )
    wait_saved(qtbot, window)
    settled(qtbot, page)
    wait_status(qtbot, panel, "family:count:children", "differs")
    found = statuses(panel)
    family_entry = page.hearing.entries[-1].number
    assert found["identity:name"] == ("agrees", 1)
    assert found["identity:dob"] == ("agrees", 1)
    assert found["identity:birthplace"] == ("agrees", 1)
    assert found["identity:nationality"] == ("agrees", 2)
    assert found["family:count:children"] == ("differs", family_entry)
    assert found["family:member:1"] == ("agrees", family_entry)  # Aram
    assert found["documents:0"][0] == "differs"  # file: presented; hearing: has none
    for untouched in ("family:member:0", "route:0", "route:1", "statements:0"):
        assert found[untouched] == ("untouched", None), untouched
    row = panel.model.row_of("family:count:children")
    text = panel.model.index(row).data()
    assert "Anzahl der Kinder: 2" in text and "WEICHT AB" in text and "drei Kinder" in text

    # Ctrl+5 opens the panel; Enter on the differing value selects its entry.
    key(qtbot, page, "Ctrl+PgUp")  # somewhere else in the transcript first
    assert page.editor.number != family_entry
    key(qtbot, page, "Ctrl+5")
    assert page.side.currentWidget() is panel and panel.values.hasFocus()
    panel.values.setCurrentIndex(panel.model.index(row))
    qtbot.keyClick(panel.values, Qt.Key.Key_Return)
    assert page.editor.number == family_entry
    selected = page.transcript_view.selectionModel().selectedIndexes()
    assert [page.transcript_model.row_of(family_entry)] == [i.row() for i in selected]
    assert panel.values.currentIndex().row() == row  # the panel keeps its place
    screenshot(window, "hearing_case_file_1366x768_de")


def test_selection_stays_while_values_change_and_an_idle_hearing_is_still(qtbot, window):
    page = hearing_of_a_case_with_a_file(qtbot, window)
    panel = page.case_file
    answer_next(qtbot, window, page, "Mein Name ist Dilan Probe, ich bin 1995 geboren.")
    settled(qtbot, page)
    wait_status(qtbot, panel, "identity:dob", "differs")
    page.side.setCurrentWidget(panel)
    chosen = panel.model.index(panel.model.row_of("documents:0"))
    panel.values.setCurrentIndex(chosen)
    scroll = panel.values.verticalScrollBar().value()

    # More testimony changes other values (route, departure); the chosen row stays chosen.
    key(qtbot, page, "Ctrl+Shift+Return")
    type_answer(
        qtbot,
        window,
        "Im September 2015 sind wir mit dem Bus in die Türkei gefahren, "
        "danach im Oktober mit dem Boot nach Griechenland.",
    )
    settled(qtbot, page)
    wait_status(qtbot, panel, "route:1", "agrees")
    assert statuses(panel)["route:0"][0] == "agrees"
    assert panel.values.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == "documents:0"
    assert panel.values.selectionModel().isSelected(panel.values.currentIndex())
    assert panel.values.verticalScrollBar().value() == scroll

    model = panel.model
    with ExitStack() as stack:  # nothing typed: not a row redrawn
        for signal in (
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
        ):
            stack.enter_context(qtbot.assertNotEmitted(signal, wait=700))


def test_the_model_updates_rows_in_place_and_passes_qts_checks(qtmodeltester):
    from app.assistant.case_file_check import FileValue
    from app.ui.case_file.model import CaseFileModel

    model = CaseFileModel()
    first = (
        FileValue("identity:dob", "identity", "dob", "03.04.1994"),
        FileValue("family:count:children", "family", "children", "2"),
    )
    model.set_values(first)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    second = (
        first[0],
        FileValue("family:count:children", "family", "children", "2", "differs", "drei Kinder", 6),
    )
    assert model.set_values(second)
    assert changed == [model.row_of("family:count:children")] and resets == []
    assert not model.set_values(second)  # the same comparison again: not a signal
    qtmodeltester.check(model, force_py=True)


def test_without_loadable_rule_packs_the_panel_says_why_instead_of_waiting(
    qtbot, window, tmp_path, monkeypatch
):
    import shutil

    from app.paths import rules_dir
    from app.ui.assistant import loader

    broken = tmp_path / "rules"
    shutil.copytree(rules_dir(), broken)
    for gazetteer in broken.glob("common/*/gazetteer.yaml"):
        gazetteer.write_text("places: [ {id: broken\n", encoding="utf-8")  # not YAML
    monkeypatch.setattr(loader, "rules_dir", lambda: broken)
    monkeypatch.setattr(loader, "_cache", {})
    page = hearing_of_a_case_with_a_file(qtbot, window)
    qtbot.waitUntil(lambda: bool(page.assistant.unavailable), timeout=10000)
    key(qtbot, page, "Ctrl+5")
    summary = page.case_file.summary.text()
    assert "Kein Abgleich mit der Akte" in summary and "gazetteer.yaml" in summary
    page.case_file.retranslate()  # a language switch keeps saying why
    assert page.case_file.summary.text() == summary
