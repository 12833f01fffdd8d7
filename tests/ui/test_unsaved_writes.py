"""The screen, the store and the status bar agree when a write fails: the status bar names
what is not stored, leaving the hearing or locking is refused until it is, and the automatic
retry brings the store to what the screen shows."""

from __future__ import annotations

from tests.ui.helpers import hearing_with_answers, key


def test_a_failed_header_write_is_shown_kept_and_stored_after_retry(qtbot, window):
    page = hearing_with_answers(qtbot, window, "Ich heiße Dilan Probe.")
    worker = window.worker
    worker.submit(
        lambda s: s.conn.execute(
            "CREATE TRIGGER full BEFORE UPDATE ON hearings BEGIN"
            " SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    ).result()

    page.set_participants("Frau Sprachmittlerin", "Sorani", "Außenstelle Bonn", ["Anwältin"])
    qtbot.waitUntil(lambda: window.save_label.property("state") == "error", timeout=5000)
    assert "NICHT GESPEICHERT" in window.save_label.text()
    assert "Beteiligte" in window.save_label.text()

    key(qtbot, page, "Ctrl+L")  # locking now would lose the participants: refused
    assert window.worker is worker and window.hearing_page is page
    assert "Nicht alles ist gespeichert" in window.statusBar().currentMessage()
    window.back_to_cases()
    assert window.hearing_page is page

    worker.submit(lambda s: s.conn.execute("DROP TRIGGER full")).result()
    qtbot.waitUntil(lambda: window.save_label.property("state") == "saved", timeout=10000)
    stored = worker.submit(lambda s: s.hearings.get(page.hearing.id)).result()
    assert stored.participants == ["Anwältin"]
    assert stored == page.hearing
    key(qtbot, page, "Ctrl+L")
    qtbot.waitUntil(lambda: window.worker is None, timeout=5000)


def test_what_was_typed_just_before_a_forced_lock_is_stored(qtbot, window):
    """Writes wake the database thread at the event loop's next turn; a lock forced by the
    session ending comes before that turn. What was typed, and the revision closed on
    leaving, still reach the disk before the database closes."""
    from tests.ui.helpers import type_text, unlock

    page = hearing_with_answers(qtbot, window, "Ich heiße Dilan Probe.")
    hearing_id, number = page.hearing.id, page.editor.number
    type_text(page.editor.answer, " Ich komme aus Erbil.")  # no event-loop turn after it
    window.lock(force=True)
    assert window.worker is None

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.worker is not None, timeout=10000)
    stored = window.worker.submit(lambda s: s.hearings.get(hearing_id)).result()
    entry = stored.entry(number)
    assert entry.answer.endswith("Ich komme aus Erbil.") and entry.current.closed
