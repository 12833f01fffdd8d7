"""Ctrl+Shift+R is the read-back key: it always brings the read-back tab to the front."""

from __future__ import annotations

from app.domain.changes import HearingState
from tests.ui.helpers import hearing_with_answers, key


def test_the_read_back_key_shows_its_tab_every_time(qtbot, window):
    page = hearing_with_answers(qtbot, window, "Ich heiße Amina Beispiel.")
    key(qtbot, page, "Ctrl+1")
    key(qtbot, page, "Ctrl+Shift+R")
    assert page.hearing.state == HearingState.READBACK
    assert page.side.currentWidget() is page.completion
    key(qtbot, page, "Ctrl+1")  # away to the assistant, then back by the same key
    key(qtbot, page, "Ctrl+Shift+R")
    assert page.side.currentWidget() is page.completion
    assert page.completion.isVisibleTo(page) and page.completion.sections.hasFocus()


def test_the_read_back_key_opens_collapsed_side_panels(qtbot, window):
    page = hearing_with_answers(qtbot, window, "Ich heiße Amina Beispiel.")
    key(qtbot, page, "Ctrl+0")  # all room to the transcript
    assert page.splitter.sizes()[2] == 0
    key(qtbot, page, "Ctrl+Shift+R")
    assert page.splitter.sizes()[2] > 0 and page.side.currentWidget() is page.completion
