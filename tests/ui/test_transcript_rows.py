"""The transcript list keeps each row as tall as its text while the answer is typed (the list
remembers row sizes by their text, so a grown row must not keep its old height)."""

from __future__ import annotations

from tests.ui.helpers import create_profile, key, type_answer, type_text
from tests.ui.test_hearing_flow import create_case, start_hearing


def row_rect(page, number: int):
    view, model = page.transcript_view, page.transcript_model
    return view.visualRect(model.index(model.row_of(number)))


def row_height(page, number: int) -> int:
    return row_rect(page, number).height()


def test_a_row_grows_with_its_answer_and_its_neighbours_move_down(qtbot, window):
    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    key(qtbot, page, "Ctrl+Return")
    first = page.editor.number
    type_answer(qtbot, window, "Kurz.")
    key(qtbot, page, "Ctrl+Return")
    second = page.editor.number
    type_answer(qtbot, window, "Auch kurz.")
    model = page.transcript_model
    qtbot.waitUntil(lambda: "Auch kurz." in model.index(model.row_of(second)).data())
    short, below = row_height(page, first), row_rect(page, second).top()

    page.step_entry(-1)
    assert page.editor.number == first
    type_answer(qtbot, window, " Dann sind wir über die Berge gegangen, zwei Wochen lang." * 8)
    qtbot.waitUntil(lambda: row_height(page, first) > 2 * short, timeout=5000)
    # The next row moves down by what the first grew (once the list has laid itself out).
    qtbot.waitUntil(
        lambda: row_rect(page, second).top() >= below + row_height(page, first) - short
    )  # the next row moved down by what the first grew
    assert row_height(page, second) < row_height(page, first)


def test_a_long_answer_typed_at_its_end_is_not_redrawn_in_the_list(qtbot, window):
    """The list shows the first SHOWN_CHARS of a long answer: keys at the end of a narrative
    change nothing there, and redrawing the row laid out its 1,500 characters after every
    pause. Typing at its start still shows at once."""
    from app.ui.hearing.transcript_model import SHOWN_CHARS

    create_profile(qtbot, window)
    create_case(qtbot, window)
    page = start_hearing(qtbot, window)
    key(qtbot, page, "Ctrl+Return")
    number = page.editor.number
    narrative = "Dann sind wir über die Berge gegangen, zwei Wochen lang. " * 60
    assert len(narrative) > 2 * SHOWN_CHARS
    type_answer(qtbot, window, narrative)
    model = page.transcript_model
    row = model.row_of(number)
    qtbot.waitUntil(lambda: "…" in model.index(row).data())
    qtbot.wait(300)  # the typed row's redraws (every 100 ms) are done

    redrawn: list[int] = []
    model.dataChanged.connect(lambda first, _last, _roles=(): redrawn.append(first.row()))
    type_answer(qtbot, window, "Und dann kam die Polizei.")  # the cursor is at the end
    qtbot.waitUntil(lambda: page.hearing.entry(number).answer.endswith("Polizei."))
    qtbot.wait(300)
    assert row not in redrawn
    assert "Polizei" not in model.index(row).data()

    cursor = page.editor.answer.textCursor()
    cursor.setPosition(0)
    page.editor.answer.setTextCursor(cursor)
    type_text(page.editor.answer, "Also: ")
    qtbot.waitUntil(lambda: row in redrawn)
    assert "Also: Dann sind wir" in model.index(row).data()
