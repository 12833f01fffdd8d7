"""A quiet assistant panel (issue 9, "A quiet panel"): an open hearing left alone does not
refresh the panel; a row selected in "Detected" or "Still open" stays selected while the
assistant takes in new text; Confirm, Reject, Enter-inserts and Ctrl+I work on what is
selected, and Ctrl+I never inserts a question that is already in the transcript."""

from __future__ import annotations

from contextlib import ExitStack

from PySide6.QtCore import Qt

from app.ui.assistant.models import IdRole
from tests.ui.helpers import create_profile, key, type_answer, type_text
from tests.ui.test_hearing_flow import create_case, start_hearing


def model_signals(panel):
    signals = []
    for model in (panel.hint_model, panel.fact_model, panel.checklist_model, panel.next_model):
        signals += [
            model.modelReset,
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ]
    return signals


def settled(qtbot, page):
    """Wait until the assistant has read everything typed and the panel shows it."""
    page.assistant.flush()
    qtbot.waitUntil(lambda: page.assistant.settle() is page.assistant.view, timeout=5000)


def hearing_with_answer(qtbot, window, answer):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, answer)
    settled(qtbot, page)
    return page


def test_an_idle_open_hearing_does_not_refresh_the_panel(qtbot, window):
    page = hearing_with_answer(qtbot, window, "Ich komme aus Hawler. Im August 2014 kam der IS.")
    panel = page.assistant_panel
    assert panel.hint_model.rowCount() and panel.fact_model.rowCount()
    # Nothing typed for more than a few debounce periods: no model moves, no message.
    with ExitStack() as stack:
        for signal in [*model_signals(panel), page.message]:
            stack.enter_context(qtbot.assertNotEmitted(signal, wait=700))


def test_selection_in_detected_and_still_open_survives_new_text(qtbot, window):
    page = hearing_with_answer(qtbot, window, "Ich komme aus Hawler. Im August 2014 kam der IS.")
    panel = page.assistant_panel
    panel.tabs.setCurrentIndex(1)
    hawler = next(
        r
        for r in range(panel.fact_model.rowCount())
        if panel.fact_model.fact_at(r).text == "Hawler"
    )
    panel.facts.setCurrentIndex(panel.fact_model.index(hawler))
    fact_id = panel.facts.currentIndex().data(IdRole)
    panel.tabs.setCurrentIndex(2)
    panel.next_questions.setCurrentIndex(panel.next_model.index(1))
    question = panel.next_questions.currentIndex().data(IdRole)

    # More text in another entry changes the panel (new facts, hints, checklist).
    rows_before = panel.fact_model.rowCount()
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Ich habe drei Kinder. Mein Bruder wurde 2015 in Mossul verhaftet.")
    settled(qtbot, page)
    assert panel.fact_model.rowCount() > rows_before

    assert panel.facts.currentIndex().data(IdRole) == fact_id
    assert panel.facts.selectionModel().isSelected(panel.facts.currentIndex())
    if question in [
        panel.next_model.index(r).data(IdRole) for r in range(panel.next_model.rowCount())
    ]:
        assert panel.next_questions.currentIndex().data(IdRole) == question

    # Confirm acts on the selected row, and the selection is still there afterwards.
    panel.tabs.setCurrentIndex(1)
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.assistant.view.fact_status(fact_id) == "confirmed", timeout=5000)
    assert panel.facts.currentIndex().data(IdRole) == fact_id
    assert "[bestätigt]" in panel.facts.currentIndex().data()


def test_enter_in_still_open_inserts_that_question(qtbot, window):
    page = hearing_with_answer(qtbot, window, "Ich komme aus Hawler.")
    panel = page.assistant_panel
    panel.tabs.setCurrentIndex(2)
    page.side.setCurrentWidget(panel)
    panel.next_questions.setFocus()
    panel.next_questions.setCurrentIndex(panel.next_model.index(0))
    question = panel.next_model.index(0).data(IdRole)
    entries = len(page.hearing.entries)
    qtbot.keyClick(panel.next_questions, Qt.Key.Key_Return)
    assert len(page.hearing.entries) == entries + 1
    assert page.hearing.entries[-1].question == question


def test_ctrl_i_never_inserts_a_question_twice(qtbot, window):
    page = hearing_with_answer(qtbot, window, "Ich komme aus Hawler. Im August 2014 kam der IS.")
    panel = page.assistant_panel
    hint = next(
        panel.hint_model.hint_at(r)
        for r in range(panel.hint_model.rowCount())
        if len(panel.hint_model.hint_at(r).questions) == 2
    )
    page.side.setCurrentWidget(panel)

    def press():
        panel.hints.setCurrentIndex(panel.hint_model.index(panel.hint_model.row_of(hint.id)))
        panel.hints.setFocus()
        qtbot.keyClick(panel.hints, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        return page.hearing.entries[-1].question

    assert press() == hint.questions[0]
    assert press() == hint.questions[1]  # the first is asked: the next one, not it again
    entries = len(page.hearing.entries)
    press()  # both asked: nothing is inserted, the panel says so
    assert len(page.hearing.entries) == entries
    assert "bereits" in panel.status.text()


def test_ctrl_shift_i_inserts_the_second_suggested_question(qtbot, window):
    page = hearing_with_answer(qtbot, window, "Ich komme aus Hawler. Im August 2014 kam der IS.")
    panel = page.assistant_panel
    hint = next(
        panel.hint_model.hint_at(r)
        for r in range(panel.hint_model.rowCount())
        if len(panel.hint_model.hint_at(r).questions) >= 2
    )
    page.side.setCurrentWidget(panel)
    panel.hints.setCurrentIndex(panel.hint_model.index(panel.hint_model.row_of(hint.id)))
    panel.hints.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(panel.hints, Qt.Key.Key_I, modifiers)
    assert page.hearing.entries[-1].question == hint.questions[1]


def test_detected_rows_speak_german_not_internal_ids(qtbot, window):
    page = hearing_with_answer(
        qtbot,
        window,
        "Ich bin am 03.04.1994 geboren. Der IS hat Hawler im August 2014 angegriffen.",
    )
    panel = page.assistant_panel
    rows = [panel.fact_model.index(r).data() for r in range(panel.fact_model.rowCount())]
    text = "\n".join(rows)
    assert "Ort" in text and "Datum" in text and "Eintrag 1" in text
    for internal in ("islamic_state", "erbil", "date:", "dob:", "topic:", "place:", "2014-08"):
        assert internal not in text, (internal, text)


def test_typing_more_after_a_pause_updates_the_panel(qtbot, window):
    page = hearing_with_answer(qtbot, window, "Ich komme aus Hawler.")
    panel = page.assistant_panel
    type_text(page.editor.answer, " Mein Bruder wurde in Mossul verhaftet.")
    settled(qtbot, page)
    texts = [panel.fact_model.fact_at(r).text for r in range(panel.fact_model.rowCount())]
    assert "Mossul" in texts


def test_a_sealed_hearing_left_alone_says_nothing(qtbot, window):
    from tests.ui.test_hearing_flow import sealed_hearing

    page = sealed_hearing(qtbot, window)
    settled(qtbot, page)
    # Before: the highlighter's re-colouring counted as typing into the sealed entry, and the
    # status bar said "the transcript is sealed; add an addendum" with nobody typing.
    with ExitStack() as stack:
        for signal in [*model_signals(page.assistant_panel), page.message]:
            stack.enter_context(qtbot.assertNotEmitted(signal, wait=700))
