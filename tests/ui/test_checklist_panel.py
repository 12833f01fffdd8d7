"""The checklist in the hearing screen (issues 8 and 9): a recorded notice settles its item and
the item says so; the seal dialog's open items are exactly the unsettled ones; an item can be
settled by hand with a reason; and reopening the hearing shows the same hints and checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.assistant.dialogs import ItemMarkDialog
from app.ui.assistant.models import IdRole
from tests.ui.helpers import create_profile, key, open_dialog, type_answer, wait_saved
from tests.ui.test_hearing_flow import create_case, start_hearing
from tests.ui.test_quiet_panel import settled


def checklist_row(panel, item_id):
    model = panel.checklist_model
    return next(r for r in range(model.rowCount()) if model.index(r).data(IdRole) == item_id)


def test_a_recorded_notice_settles_its_item_and_the_seal_lists_only_open_items(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    panel = page.assistant_panel
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Ich heiße Dilan Probe.")
    settled(qtbot, page)
    assert "Hinweis nach § 25 Abs. 3 AsylG erteilt" in page.assistant.open_items()

    page.completion_actions.record_notice("s25_3")
    settled(qtbot, page)
    row = checklist_row(panel, "notice_25_3")
    index = panel.checklist_model.index(row)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "Hinweis erfasst" in index.data()
    open_titles = page.assistant.open_items()
    assert "Hinweis nach § 25 Abs. 3 AsylG erteilt" not in open_titles
    view = page.assistant.view
    assert open_titles == [i.title for i in view.checklist.items if not i.covered]

    # Settled by hand, with a reason kept for the review (not in the transcript).
    panel.tabs.setCurrentIndex(2)
    panel.checklist.setCurrentIndex(panel.checklist_model.index(checklist_row(panel, "evidence")))
    qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, ItemMarkDialog)
    dialog.status.setCurrentIndex(dialog.status.findData("covered"))
    dialog.reason.setPlainText("Keine Beweismittel, laut Akte")
    dialog.accept()
    qtbot.waitUntil(lambda: page.assistant.view.checklist.item("evidence").covered, timeout=5000)
    assert (
        "von Hand erledigt" in panel.checklist_model.index(checklist_row(panel, "evidence")).data()
    )
    assert panel.checklist.currentIndex().data(IdRole) == "evidence"  # still selected
    wait_saved(qtbot, window)
    state = window.worker.submit(lambda s: s.hearings.assistant_state(page.hearing.id)).result()
    assert state["item_marks"]["evidence"]["reason"] == "Keine Beweismittel, laut Akte"
    assert all("laut Akte" not in e.answer for e in page.hearing.entries)


def test_reopening_the_hearing_shows_the_same_hints_and_checklist(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Ich komme aus Hawler. Im August 2014 kam der IS.")
    for _ in range(3):
        key(qtbot, page, "Ctrl+Return")
        type_answer(qtbot, window, "Nein.")
    settled(qtbot, page)
    hint = page.assistant.view.hints[0]
    page.assistant.dismiss(hint.id, "In der Registrierung geklärt")
    qtbot.waitUntil(lambda: page.assistant.view.decision(hint.id) is not None, timeout=5000)
    wait_saved(qtbot, window)
    before = page.assistant.view
    hearing_id = page.hearing.id

    window.back_to_cases()
    with qtbot.waitSignal(window.hearing_opened, timeout=10000) as opened:
        window.open_hearing(hearing_id)
    reopened = opened.args[0]
    qtbot.waitUntil(lambda: not reopened.assistant.loading, timeout=10000)
    assert not reopened.assistant.unavailable, reopened.assistant.unavailable
    after = reopened.assistant.settle()
    assert after.hints == before.hints
    assert after.checklist == before.checklist
    assert after.decisions[hint.id].reason == "In der Registrierung geklärt"
