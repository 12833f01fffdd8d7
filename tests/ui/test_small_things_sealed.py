"""More small things from issue 9: the enrolment dialog's text not clipped, a remark's own
placeholder, read-only fields of a sealed hearing that look read-only, the keyboard focus after
a notice is given, and Return on the case list's buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
)

from app.deployment import Deployment
from app.ui.cases.new_case_dialog import NewCaseDialog
from app.ui.cases.start_hearing_dialog import StartHearingDialog
from app.ui.hearing.dialogs import NoticeDialog, ParticipantsDialog
from app.ui.sync.controller import SyncController
from app.ui.sync.dialogs import EnrolDialog
from tests.ui.helpers import create_profile, key, open_dialog
from tests.ui.test_hearing_flow import (
    create_case,
    question_and_answers,
    read_back_and_seal,
    sealed_hearing,
    start_hearing,
)


def _clipped(label: QLabel) -> bool:
    return label.isVisible() and label.height() < label.heightForWidth(label.width())


def enrolment_dialog(qtbot, window):
    """The enrolment dialog of a new profile, open, for a service that cannot be reached."""
    create_profile(qtbot, window)
    deployment = Deployment(source=None, central_url="https://asa.invalid", service_public_key="")
    controller = SyncController(window.worker, deployment, window)
    dialog = EnrolDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog, controller


def test_enrolment_dialog_shows_its_whole_text_also_with_a_long_message(qtbot, window):
    dialog, controller = enrolment_dialog(qtbot, window)
    labels = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
    assert not [label.text() for label in labels if _clipped(label)]
    controller.enrolment_finished.emit(
        False, "Der Dienst ist nicht erreichbar; bitte später erneut versuchen. " * 3
    )
    QApplication.processEvents()
    assert "Registrierung fehlgeschlagen" in dialog.message.text()
    assert not [label.text()[:30] for label in labels if _clipped(label)]
    dialog.close()


def _looks_read_only(widget) -> bool:
    palette = widget.palette()
    return palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window)


def test_a_remark_says_what_a_remark_is(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    assert page.editor.answer.placeholderText() == "Antwort"
    key(qtbot, page, "Ctrl+M")  # a remark of a participant
    qtbot.waitUntil(lambda: page.editor.speaker.isVisible(), timeout=5000)
    placeholder = page.editor.answer.placeholderText()
    assert "Anmerkung" in placeholder and "Antwort" not in placeholder


def test_sealed_fields_look_read_only_and_are(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    editor = page.editor
    question_and_answers(qtbot, window, page)
    assert not editor.answer.isReadOnly() and not _looks_read_only(editor.answer)
    read_back_and_seal(qtbot, window, page)
    page.transcript_view.setCurrentIndex(page.transcript_model.index(0, 0))
    qtbot.keyClick(page.transcript_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.number == page.hearing.entries[0].number, timeout=5000)
    for field in (editor.question, editor.answer):
        assert field.isReadOnly() and _looks_read_only(field), field.objectName()

    qtbot.mouseClick(page.participants_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, ParticipantsDialog)
    for field in (dialog.interpreter, dialog.language, dialog.place, dialog.others):
        assert field.isReadOnly() and _looks_read_only(field)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert "versiegelt" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.reject()


def _focus_frame_drawn(button: QPushButton) -> bool:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    wanted = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    return option.state & wanted == wanted


def test_after_a_notice_the_focus_moves_to_a_visible_button(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    panel = page.completion
    page.side.setCurrentWidget(panel)
    # Each notice given, the last one first: the focus must be on a visible, enabled button
    # of the panel with its focus frame drawn (after a notice the keys went to a button that
    # did not show the focus).
    for notice_id in reversed(list(panel.notice_buttons)):
        button = panel.notice_buttons[notice_id]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = open_dialog(qtbot, NoticeDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        window.activateWindow()
        qtbot.waitUntil(lambda b=button: not b.isEnabled(), timeout=5000)
        focus = QApplication.focusWidget()
        assert isinstance(focus, QPushButton), (notice_id, focus)
        assert focus.isVisible() and focus.isEnabled() and panel.isAncestorOf(focus), notice_id
        assert _focus_frame_drawn(focus), (notice_id, focus.text())


def test_return_clicks_a_focused_button_of_the_case_list_and_opens_a_row(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = window.case_page
    page.new_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.new_button.hasFocus)
    qtbot.keyClick(page.new_button, Qt.Key.Key_Return)
    open_dialog(qtbot, NewCaseDialog).reject()
    window.activateWindow()
    page.open_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.open_button.hasFocus)
    qtbot.keyClick(page.open_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    open_dialog(qtbot, StartHearingDialog).reject()
    window.activateWindow()
    page.table.setFocus(Qt.FocusReason.TabFocusReason)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    open_dialog(qtbot, StartHearingDialog).reject()


def test_return_in_the_search_opens_the_one_case_found(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = window.case_page
    page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClicks(page.search, page.proxy.index(0, 0).data())  # its reference
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    open_dialog(qtbot, StartHearingDialog).reject()


def test_a_sealed_hearing_offers_no_question_to_insert(qtbot, window):
    """Found on the walk: the hint panel of a sealed hearing still offered "Frage einfügen",
    and Ctrl+I answered with an error. Once read-back starts, suggested questions stay in
    the panel to read, and nothing offers to put them into the transcript."""
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    question_and_answers(qtbot, window, page)
    panel = page.assistant_panel
    page.assistant.settle()
    rows = panel.hint_model.rowCount()
    with_questions = [r for r in range(rows) if panel.hint_model.hint_at(r).questions]
    assert with_questions, "the test hearing should raise a hint with a question"
    panel.hints.setCurrentIndex(panel.hint_model.index(with_questions[0]))
    assert panel.insert_button.isEnabled()

    read_back_and_seal(qtbot, window, page)
    panel.hints.setCurrentIndex(panel.hint_model.index(with_questions[0]))
    assert not panel.insert_button.isEnabled()
    entries = len(page.hearing.entries)
    messages = []
    page.message.connect(messages.append)
    key(qtbot, page, "Ctrl+I")
    qtbot.wait(100)
    assert len(page.hearing.entries) == entries and not messages


def test_return_in_the_enrolment_code_enrols_and_does_not_close_the_dialog(qtbot, window):
    """The walk: the code typed, Return pressed, and the dialog was gone without a word —
    Return had pressed "Schließen", and the device was not enrolled."""
    dialog, _controller = enrolment_dialog(qtbot, window)
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, "y27vml6ja9stbdvd")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible()
    # the attempt was made: the service is unreachable here, and the dialog says so
    qtbot.waitUntil(lambda: "fehlgeschlagen" in dialog.message.text(), timeout=15000)
    assert dialog.isVisible()
    dialog.close()


def test_an_addendum_and_a_notice_are_named_as_such_and_show_no_question_box(qtbot, window):
    """The walk: an addendum opened as "Eintrag 10 · Nachfrage" under an empty "Frage" box."""
    page = sealed_hearing(qtbot, window)
    page.completion_actions.add_addendum("Auf Nachfrage: keine Medikamente.")
    addendum = page.hearing.entries[-1]
    qtbot.waitUntil(lambda: page.editor.number == addendum.number, timeout=5000)
    assert page.editor.heading.text() == f"Eintrag {addendum.number} · Nachtrag"
    assert not page.editor.question.isVisible()
    notice = next(e for e in page.hearing.entries if e.kind.value == "notice")
    page.show_entry(notice.number)
    assert page.editor.heading.text() == f"Eintrag {notice.number} · Hinweis"
    assert not page.editor.question.isVisible()
    question = page.hearing.entries[0]
    page.show_entry(question.number)
    assert page.editor.question.isVisible()
