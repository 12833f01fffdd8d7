"""A layout that gives the transcript room: side panels collapse (Ctrl+0) and keep the widths
the interviewer gave them; at 1366×768 nothing is cut. Screenshots of the hearing screen at
1366×768 and 1920×1080 in both languages go to the git-ignored tests/screenshots/."""

from __future__ import annotations

import pytest

from tests.ui.conftest import screenshot
from tests.ui.helpers import hearing_with_answers, key


def test_side_panels_collapse_and_their_widths_are_remembered(qtbot, window):
    window.resize(1366, 768)
    page = hearing_with_answers(qtbot, window)
    before = page.splitter.sizes()
    key(qtbot, page, "Ctrl+0")
    sizes = page.splitter.sizes()
    assert sizes[0] == 0 and sizes[2] == 0 and sizes[1] > before[1]
    key(qtbot, page, "Ctrl+0")
    assert page.splitter.sizes() == before

    page.splitter.setSizes([200, 700, 300])
    chosen = page.splitter.sizes()
    hearing_id = page.hearing.id
    window.back_to_cases()
    with qtbot.waitSignal(window.hearing_opened, timeout=5000) as opened:
        window.open_hearing(hearing_id)
    assert opened.args[0].splitter.sizes() == chosen


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_hearing_screen_at_laptop_and_desktop_sizes(qtbot, window, language, size):
    window.set_language(language)
    window.resize(*size)
    page = hearing_with_answers(
        qtbot,
        window,
        "Ich heiße Dilan Probe, geboren am 03.04.1994 in Erbil.",
        "Irakisch, kurdische Volkszugehörigkeit.",
    )
    qtbot.wait(50)
    tabs = page.side.tabBar()
    for i in range(tabs.count()):  # no tab label cut off, none scrolled out of sight
        needed = tabs.fontMetrics().horizontalAdvance(tabs.tabText(i).replace("&&", "&"))
        assert tabs.tabRect(i).width() >= needed, tabs.tabText(i)
        assert tabs.tabRect(i).right() <= tabs.width(), tabs.tabText(i)
    assert page.editor.answer.height() >= 80  # room to type in
    screenshot(window, f"hearing_{size[0]}x{size[1]}_{language}")


def test_question_rows_leave_room_above_and_below_their_lines(qtbot, window):
    """The dots of "Über" at the top of a row were cut off: a row was exactly as high as its
    wrapped lines."""
    window.resize(1366, 768)
    page = hearing_with_answers(qtbot, window)
    view = page.skeleton_view
    line = view.fontMetrics().lineSpacing()
    for row in range(view.model().rowCount()):
        height = view.visualRect(view.model().index(row, 0)).height()
        lines = round((height - 6) / line)
        assert lines >= 1 and height >= lines * line + 6, row
