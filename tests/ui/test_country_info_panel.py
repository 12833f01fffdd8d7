"""Country information at hand in the real widgets: Ctrl+4 in the hearing, Ctrl+Shift+L from
the case list; search by typing, filter by place and year; the detail names source and pack."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.ui.country_info.panel import CountryInfoPanel
from tests.ui.helpers import create_profile, hearing_with_answers, key, type_text


def results(panel):
    return [r.id for r in panel.model.results]


def test_ctrl_4_searches_the_hearing_packs_without_touching_the_transcript(qtbot, window):
    page = hearing_with_answers(qtbot, window, "Ich heiße Dilan Probe.")
    before = [e.answer for e in page.hearing.entries]
    key(qtbot, page, "Ctrl+4")
    panel = page.country_info
    assert page.side.currentWidget() is panel and panel.words.hasFocus()
    qtbot.waitUntil(lambda: panel.info is not None, timeout=10000)
    type_text(panel.words, "Hawler")
    qtbot.waitUntil(lambda: "irq.is_mosul" not in results(panel), timeout=3000)  # typed
    assert "irq.is_erbil_never_held" in results(panel)
    detail = panel.detail.toPlainText()
    assert "Quelle" in detail and "Irak 2025" in detail and "Beispieldaten" in detail
    assert "iraq" not in detail  # the pack by its name, not its id

    panel.words.clear()
    panel.search_place("erbil_governorate")
    panel.year.setValue(2016)
    assert "irq.is_erbil_front_2014" not in results(panel)
    assert "irq.is_erbil_never_held" in results(panel)
    assert [e.answer for e in page.hearing.entries] == before  # the record is untouched


def test_before_a_hearing_from_the_case_list(qtbot, window):
    create_profile(qtbot, window)
    key(qtbot, window.case_page, "Ctrl+Shift+L")
    qtbot.waitUntil(lambda: window.findChild(QDialog, "countryInfoDialog") is not None)
    panel = window.findChild(QDialog, "countryInfoDialog").findChild(CountryInfoPanel)
    qtbot.waitUntil(lambda: panel.info is not None, timeout=10000)
    assert panel.model.rowCount() > 10  # every statement, before any filter
    panel.search_place("iraq")
    assert "irq.is_mosul" in results(panel)
    window.lock("")  # the dialog goes with the key
    qtbot.waitUntil(lambda: window.findChild(QDialog, "countryInfoDialog") is None)


def test_the_places_filter_starts_at_the_applicants_country(qtbot):
    """An interviewer of a Syrian case looked at Afghanistan first: with the applicant's
    nationality the panel starts at their country, one click from all places."""
    panel = CountryInfoPanel("de")
    qtbot.addWidget(panel)
    panel.load(None, "SYR")
    qtbot.waitUntil(lambda: panel.info is not None, timeout=10000)
    assert panel.place.currentText() == "Syrien"
    assert results(panel) and all(r.pack_id == "syria" for r in panel.model.results)
    panel.place.setCurrentIndex(0)  # "Alle Orte"
    panel.search()
    assert {r.pack_id for r in panel.model.results} > {"syria", "iraq"}

    unknown = CountryInfoPanel("de")
    qtbot.addWidget(unknown)
    unknown.load(None, "")  # no nationality recorded: all places, as before
    qtbot.waitUntil(lambda: unknown.info is not None, timeout=10000)
    assert unknown.place.currentIndex() == 0
