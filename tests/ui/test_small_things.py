"""Small things an interviewer meets in the first hour (issue 9): German dialogs and labels
in the German UI, hints in the interface's language (also after switching in an open hearing),
an alert for "fit for the hearing: no", whole questions under "Still open", the keyboard focus
after a wrong passphrase, and the demo passphrase kept in view until hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.operations.demo_profile import DEMO_PASSPHRASE
from app.ui.hearing.dialogs import TextDialog
from tests.ui.helpers import create_profile, key, open_dialog, refused_passphrase, type_text, unlock
from tests.ui.test_hearing_flow import create_case, start_hearing
from tests.ui.test_quiet_panel import hearing_with_answer, settled


def test_dismiss_dialog_and_decision_are_german(qtbot, window):
    page = hearing_with_answer(qtbot, window, "Ich komme aus Hawler. Im August 2014 kam der IS.")
    panel = page.assistant_panel
    panel.hints.setCurrentIndex(panel.hint_model.index(0))
    hint_id = panel.selected_hint().id
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, TextDialog)
    explanation = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Warum" in explanation and "Why" not in explanation
    assert dialog.windowTitle() == "Hinweis verwerfen"
    dialog.text.setPlainText("Schon geklärt")
    dialog.accept()
    qtbot.waitUntil(lambda: page.assistant.view.decision(hint_id) is not None, timeout=5000)
    detail = panel.detail.toPlainText()
    assert "verworfen: Schon geklärt" in detail and "dismissed" not in detail


def test_hints_follow_the_interface_language_in_an_open_hearing(qtbot, window):
    page = hearing_with_answer(qtbot, window, "Ich komme aus Hawler. Im August 2014 kam der IS.")
    panel = page.assistant_panel
    german = [panel.hint_model.hint_at(r).title for r in range(panel.hint_model.rowCount())]
    progress_de = page.progress.text()
    window.set_language("en")
    qtbot.waitUntil(lambda: page.assistant.view.language == "en", timeout=5000)
    english = [panel.hint_model.hint_at(r).title for r in range(panel.hint_model.rowCount())]
    assert english != german
    assert page.progress.text().startswith("Standard questions")
    assert page.skeleton_model.language == "en"
    window.set_language("de")
    qtbot.waitUntil(lambda: page.assistant.view.language == "de", timeout=5000)
    again = [panel.hint_model.hint_at(r).title for r in range(panel.hint_model.rowCount())]
    assert again == german
    assert page.progress.text() == progress_de and progress_de.startswith("Standardfragen")
    assert page.skeleton_model.language == "de"
    first = page.skeleton_model.index(0).data()
    assert first.startswith("1. ") and page.skeleton.questions[0].text_in("de")[:10] in first
    assert panel.checklist_model.index(0).data() == page.assistant.view.checklist.items[0].title


def test_not_fit_for_the_hearing_raises_the_alert(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    panel = page.assistant_panel
    page.open_question("health")
    box = page.editor.fields.inputs["fit_for_hearing"]
    assert not panel.alert.isVisible()
    box.setCurrentIndex(box.findText("nein"))
    settled(qtbot, page)
    assert panel.alert.isVisible()
    assert "nicht anhörungsfähig" in panel.alert.text().lower()
    box.setCurrentIndex(box.findText("ja"))
    settled(qtbot, page)
    assert "anhörungsfähig" not in panel.alert.text().lower()


def test_still_open_questions_wrap_instead_of_being_cut(qtbot, window):
    page = hearing_with_answer(qtbot, window, "Ich komme aus Hawler.")
    view = page.assistant_panel.next_questions
    assert view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideNone
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    question = view.model().index(0).data()
    assert view.model().index(0).data(Qt.ItemDataRole.ToolTipRole) == question


def test_after_a_wrong_passphrase_the_field_has_the_focus_and_is_typed_over(qtbot, window):
    page = refused_passphrase(qtbot, window)
    qtbot.waitUntil(page.passphrase.hasFocus, timeout=5000)
    assert page.passphrase.selectedText() == "not the passphrase"
    from tests.conftest import PASSPHRASE

    with qtbot.waitSignal(window.unlocked, timeout=15000):
        type_text(window.focusWidget() or page.passphrase, PASSPHRASE)  # replaces the selection
        key(qtbot, page, "Return")


def test_the_demo_passphrase_stays_in_view_until_hidden(qtbot, window):
    page = window.unlock_page
    # By keyboard: Return on a focused button of the first screen clicks it (Qt's push
    # buttons outside a dialog take only Space by themselves).
    page.demo_button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.cases_loaded, timeout=30000):
        qtbot.keyClick(page.demo_button, Qt.Key.Key_Return)
    window.lock("")
    assert page.demo_notice.isVisible() and DEMO_PASSPHRASE in page.demo_notice.text()
    page.demo_hide.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.demo_hide, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: not page.demo_notice.isVisible())  # a click, animated
    unlock(qtbot, window, DEMO_PASSPHRASE)
