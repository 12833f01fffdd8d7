"""A whole hearing through the real widgets: profile, case, hearing, read-back, seal, export."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.assistant.record import record_of_seal
from app.domain.hearing import HearingState
from app.domain.sealing import verify_seal
from app.store import Store
from app.ui.cases.new_case_dialog import NewCaseDialog
from app.ui.cases.start_hearing_dialog import StartHearingDialog
from app.ui.hearing.dialogs import CorrectionDialog, SealDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import screenshot
from tests.ui.helpers import (
    create_profile,
    give_notice,
    key,
    open_dialog,
    refused_passphrase,
    type_answer,
    type_text,
    unlock,
    wait_saved,
)

ARABIC = "نعم، غادرت أربيل في آب ٢٠١٤ مع أخي"


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    # A window manager gives activation back to the main window; offscreen Qt does not.
    main = dialog.parentWidget().window()
    main.activateWindow()


def create_case(qtbot, window):
    key(qtbot, window.case_page, "Ctrl+N")
    dialog = open_dialog(qtbot, NewCaseDialog)
    type_text(dialog.reference, "7001234-438")
    type_text(dialog.family_name, "Probe")
    type_text(dialog.given_names, "Dilan")
    type_text(dialog.family_name_original, "پرۆبە")
    type_text(dialog.date_of_birth, "03.04.1994")
    with qtbot.waitSignal(window.cases_loaded, timeout=5000):
        _ok(dialog)


def start_hearing(qtbot, window):
    window.case_page.table.selectRow(0)
    qtbot.mouseClick(window.case_page.open_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, StartHearingDialog)
    type_text(dialog.interpreter, "Frau Sprachmittlerin")
    type_text(dialog.language, "Sorani")
    type_text(dialog.place, "Außenstelle Bonn")
    with qtbot.waitSignal(window.hearing_opened, timeout=5000) as opened:
        _ok(dialog)
    qtbot.waitActive(window)
    page = opened.args[0]
    qtbot.waitUntil(lambda: page.editor.answer.hasFocus())
    qtbot.waitUntil(lambda: not page.assistant.loading, timeout=10000)
    return page


def question_and_answers(qtbot, window, page):
    key(qtbot, page, "Ctrl+Return")  # first standard question
    type_answer(qtbot, window, "Ich heiße Dilan Probe, geboren am 03.04.1994 in Erbil.")
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Irakisch, kurdische Volkszugehörigkeit.")
    key(qtbot, page, "Ctrl+Shift+Return")  # a free follow-up question
    type_text(page.editor.question, "Haben Sie Erbil verlassen?")
    qtbot.keyClick(page.editor.question, Qt.Key.Key_Tab)  # on to the answer, no mouse
    type_text(page.editor.answer, ARABIC)
    wait_saved(qtbot, window)


def read_back_and_seal(qtbot, window, page):
    key(qtbot, page, "Ctrl+Shift+R")
    assert page.hearing.state == HearingState.READBACK
    panel = page.completion
    panel.sections.setCurrentIndex(panel.model.index(0))
    qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, CorrectionDialog)
    dialog.corrected.setPlainText("Ich heiße Dilan Probe, geboren am 04.03.1994 in Erbil.")
    _ok(dialog)
    for _ in range(panel.model.rowCount()):
        panel.select_next_pending()
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    for notice in ("s25_3", "interpreter_understood", "readback_done"):
        give_notice(qtbot, panel, notice)
    screenshot(window, "readback")
    qtbot.mouseClick(panel.seal_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, SealDialog)
    assert dialog.can_seal
    assert dialog.needs_reason  # the short test hearing leaves checklist items open
    _ok(dialog)  # refused without a reason
    assert dialog.isVisible() and page.hearing.state == HearingState.READBACK
    dialog.reason.setPlainText("Kurzanhörung zu Testzwecken")
    _ok(dialog)
    wait_saved(qtbot, window)
    assert page.hearing.state == HearingState.SEALED
    assert page.hearing.seals[0].open_items_reason == "Kurzanhörung zu Testzwecken"


def sealed_hearing(qtbot, window):
    """A new profile's first hearing, questioned, read back and sealed: its page."""
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    question_and_answers(qtbot, window, page)
    read_back_and_seal(qtbot, window, page)
    return page


@pytest.mark.slow
def test_whole_hearing_from_new_profile_to_sealed_export(qtbot, window, tmp_path):
    screenshot(window, "unlock")
    create_profile(qtbot, window)
    create_case(qtbot, window)
    screenshot(window, "case_list")
    page = start_hearing(qtbot, window)
    question_and_answers(qtbot, window, page)
    assert [e.question_ref for e in page.hearing.entries] == ["identity", "nationality", None]
    screenshot(window, "hearing")

    # Right-to-left: the Arabic answer runs from the right edge of the editor; the German
    # question above it from the left.
    answer_block = page.editor.answer.document().firstBlock()
    question_block = page.editor.question.document().firstBlock()
    assert answer_block.textDirection() == Qt.LayoutDirection.RightToLeft
    assert question_block.textDirection() == Qt.LayoutDirection.LeftToRight
    width = page.editor.answer.document().textWidth()
    line = answer_block.layout().lineAt(0)
    assert line.naturalTextRect().right() > width - 20
    assert line.naturalTextRect().left() > 20
    assert question_block.layout().lineAt(0).naturalTextRect().left() < 20
    assert page.hearing.entries[-1].answer == ARABIC

    read_back_and_seal(qtbot, window, page)
    screenshot(window, "sealed")
    # The assistant's record of version 1 is kept for the bundle: exactly the open items.
    open_titles = [i.title for i in page.assistant.view.checklist.items if not i.covered]

    def stored_record():
        state = window.worker.submit(lambda s: s.hearings.assistant_state(page.hearing.id))
        return record_of_seal(state.result(), 1, "Kurzanhörung zu Testzwecken", {})

    qtbot.waitUntil(lambda: stored_record() is not None, timeout=5000)
    record = stored_record()
    assert [i["label"] for i in record["checklist"] if i["state"] == "open"] == open_titles
    assert record["open_items_reason"] == "Kurzanhörung zu Testzwecken"
    target = tmp_path / "niederschrift.docx"
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.completion_actions.export_to("docx", target)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "7001234-438" in text
    assert ARABIC in text
    assert "04.03.1994" in text and "03.04.1994" in text  # correction beside the original

    # Everything is in the encrypted store, with an intact audit trail and a valid seal.
    hearing_id = page.hearing.id
    profile = window.profile
    window.close()
    store = Store.open(str(profile.database), window.profiles.unlock(profile, PASSPHRASE), "t")
    try:
        stored = store.hearings.get(hearing_id)
        case = store.cases.get(stored.case_id)
        assert stored.state == HearingState.SEALED
        assert verify_seal(case, stored, stored.seals[0])
        assert [e.answer for e in stored.entries][:3] == [e.answer for e in page.hearing.entries][
            :3
        ]
        assert store.audit.verify() == []
        actions = [e.action for e in store.audit.events(hearing_id)]
        assert {
            "hearing.created",
            "entry.written",
            "correction.recorded",
            "hearing.sealed",
            "hearing.exported",
        } <= set(actions)
    finally:
        store.close()


def test_wrong_passphrase_shows_a_message_and_stays_locked(qtbot, window):
    page = refused_passphrase(qtbot, window)
    assert "passphrase" in page.message.text().lower() or "passphrase" in page.message.text()
    assert window.pages.currentWidget() is page
    assert window.worker is None
    assert not unlock(qtbot, window)  # the right one still works; no abnormal end reported


def test_idle_lock_clears_the_screen_and_resumes_the_hearing(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Vertraulicher Text")
    hearing_id = page.hearing.id
    window.idle.set_interval_ms(300)
    window.idle.start()
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    assert window.pages.currentWidget() is window.unlock_page
    assert window.hearing_page is None and window.worker is None
    assert window.case_page.model.rowCount() == 0
    assert window.unlock_page.passphrase.text() == ""
    screenshot(window, "locked")
    window.idle.set_minutes(10)
    with qtbot.waitSignal(window.hearing_opened, timeout=10000):
        unlock(qtbot, window)
    assert window.hearing_page.hearing.id == hearing_id
    assert window.hearing_page.hearing.entries[0].answer == "Vertraulicher Text"
