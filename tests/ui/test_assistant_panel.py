"""The assistant beside the transcript: Hawler is recognised as Erbil, the guideline card and a
suggested question appear, the question goes into the transcript with one key, and a hint is
dismissed with a reason that is kept for review (never in the Niederschrift)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.assistant.models import IdRole
from app.ui.hearing.dialogs import TextDialog
from tests.ui.conftest import screenshot
from tests.ui.helpers import create_profile, key, open_dialog, type_answer, wait_saved
from tests.ui.test_hearing_flow import create_case, start_hearing


def decision(qtbot, page, hint_id):
    """The decision as the panel shows it, once the assistant's thread has recorded it."""
    qtbot.waitUntil(lambda: page.assistant.view.decision(hint_id) is not None, timeout=5000)
    return page.assistant.view.decision(hint_id)


def hint_titles(panel):
    model = panel.hint_model
    return [model.hint_at(r).title for r in range(model.rowCount())]


def test_hawler_brings_erbil_information_and_questions(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    panel = page.assistant_panel
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Ich komme aus Hawler. Im August 2014 hat der IS angegriffen.")

    qtbot.waitUntil(lambda: any("Erbil" in t for t in hint_titles(panel)), timeout=5000)
    erbil = next(
        panel.hint_model.hint_at(r)
        for r in range(panel.hint_model.rowCount())
        if panel.hint_model.hint_at(r).explanation.rule_id == "irq.erbil_is"
    )
    assert erbil.explanation.entries == (1,)
    assert erbil.explanation.pack_id == "iraq"
    assert erbil.explanation.statements  # the guideline paragraphs it rests on
    # The detected place is shown inline in the answer (underlined span over "Hawler").
    assert any(
        page.editor.answer.toPlainText()[s:e] == "Hawler"
        for s, e, _r in page.assistant.highlighter.spans()
    )
    screenshot(window, "assistant")

    # Select the Erbil card and insert its first question with one key.
    panel.hints.setCurrentIndex(panel.hint_model.index(panel.hint_model.row_of(erbil.id)))
    entries_before = len(page.hearing.entries)
    page.side.setCurrentWidget(panel)
    panel.hints.setFocus()
    qtbot.keyClick(panel.hints, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert len(page.hearing.entries) == entries_before + 1
    inserted = page.hearing.entries[-1]
    assert inserted.question == erbil.questions[0]
    assert page.editor.answer.hasFocus()  # ready for the applicant's answer
    asked = decision(qtbot, page, erbil.id)
    assert asked.status == "asked" and asked.answer_entry == inserted.number

    # Dismiss another hint with a reason.
    other = next(
        r
        for r in range(panel.hint_model.rowCount())
        if panel.hint_model.index(r).data(IdRole) != erbil.id
    )
    panel.hints.setCurrentIndex(panel.hint_model.index(other))
    hint_id = panel.hint_model.index(other).data(IdRole)
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, TextDialog)
    dialog.text.setPlainText("Bereits in der Registrierung geklärt")
    dialog.accept()
    assert decision(qtbot, page, hint_id).reason == "Bereits in der Registrierung geklärt"
    wait_saved(qtbot, window)

    # Decisions are stored apart from the transcript and survive reopening.
    state = window.worker.submit(lambda s: s.hearings.assistant_state(page.hearing.id)).result()
    assert state["hint_decisions"][hint_id]["status"] == "dismissed"
    assert state["hint_decisions"][erbil.id]["answer_entry"] == inserted.number
    assert all("Registrierung" not in e.answer for e in page.hearing.entries)
    assert page.hearing.pack_versions["iraq"] == erbil.explanation.pack_version


def test_rejected_place_stops_feeding_rules(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    panel = page.assistant_panel
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Ich komme aus Hawler.")
    qtbot.waitUntil(lambda: any("Erbil" in t for t in hint_titles(panel)), timeout=5000)
    panel.tabs.setCurrentIndex(1)
    rows = [
        r
        for r in range(panel.fact_model.rowCount())
        if panel.fact_model.fact_at(r).text == "Hawler"
    ]
    for row in rows:
        panel.facts.setCurrentIndex(panel.fact_model.index(row))
        qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("Erbil" in t for t in hint_titles(panel)), timeout=5000)
