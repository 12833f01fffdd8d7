"""The save state is always visible, and a failed write is shown and retried by itself."""

from __future__ import annotations

from tests.ui.helpers import create_profile, key, type_answer, wait_saved
from tests.ui.test_hearing_flow import create_case, start_hearing


def test_failed_write_is_shown_and_recovers(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Erster Teil.")
    wait_saved(qtbot, window)
    assert window.save_label.text() == "Alle Änderungen gespeichert"

    window.worker.submit(
        lambda s: s.conn.execute(
            "CREATE TRIGGER full BEFORE UPDATE ON revisions BEGIN"
            " SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    ).result()
    type_answer(qtbot, window, " Zweiter Teil.")
    qtbot.waitUntil(lambda: window.save_label.property("state") == "error", timeout=5000)
    assert "NICHT GESPEICHERT" in window.save_label.text()
    assert page.editor.answer.toPlainText() == "Erster Teil. Zweiter Teil."

    window.worker.submit(lambda s: s.conn.execute("DROP TRIGGER full")).result()
    wait_saved(qtbot, window)  # the page retries on its own
    stored = window.worker.submit(lambda s: s.hearings.get(page.hearing.id)).result()
    assert stored.entries[0].answer == "Erster Teil. Zweiter Teil."
