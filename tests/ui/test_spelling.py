"""Spell checking in the entry editor (issue 9, point 6), with the real German hunspell
dictionary through the real widgets: misspelt words get Qt's spell-check underline, names
from the case file and the packs' gazetteers do not; right-click offers the dictionary's
suggestions in a German menu and replaces only when one is chosen; underlining is never
typing; a key in a long entry re-reads one sentence and a half-typed word is judged when the
cursor leaves it; without a dictionary the hearing goes on
and the status bar says so once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication

from app.assistant import spelling
from app.ui.hearing import spelling as spelling_ui
from tests.ui.conftest import screenshot
from tests.ui.helpers import key, type_answer, type_text, wait_saved
from tests.ui.test_case_file_panel import hearing_of_a_case_with_a_file
from tests.ui.test_quiet_panel import settled

pytestmark = pytest.mark.skipif(
    spelling.open_checker()[0] is None,
    reason="needs Enchant and hunspell-de-de: installer/system-deps.sh test",
)

ANSWER = (
    "Mein Name ist Dilan Probe. Ich bin in Hawler gebroen und habe in Ankawa gewohnt. "
    "Meine Frau Shilan und mein Sohn Aram sind noch dort. Der IS kamm im Sommer 2014."
)


def marked_words(editor) -> list[str]:
    """Words drawn with the spell-check underline, as the layout holds them."""
    document, words = editor.document(), []
    block = document.begin()
    while block.isValid():
        for r in block.layout().formats():
            style = r.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[r.start : r.start + r.length])
        block = block.next()
    return words


def hearing_with_spelling(qtbot, window, answer=ANSWER):
    page = hearing_of_a_case_with_a_file(qtbot, window)
    qtbot.waitUntil(lambda: page.spelling.checker is not None, timeout=10000)
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, answer)
    settled(qtbot, page)
    qtbot.waitUntil(lambda: page.spelling._pack_names, timeout=5000)
    return page


def word_position(editor, word) -> QPoint:
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(word) + 2)
    return editor.cursorRect(cursor).center()


def test_misspelt_words_are_underlined_names_are_not(qtbot, window):
    window.resize(1366, 768)
    page = hearing_with_spelling(qtbot, window)
    answer = page.editor.answer
    qtbot.waitUntil(lambda: marked_words(answer) == ["gebroen", "kamm"], timeout=5000)
    # Dilan, Probe (applicant), Shilan, Aram (family), Hawler, Ankawa (gazetteer), IS: unmarked.
    # The question field is checked too, and the skeleton's German is spelt right.
    assert marked_words(page.editor.question) == []
    assert "gebroen" in page.hearing.entries[-1].answer  # never corrected by itself
    screenshot(window, "hearing_spelling_1366x768_de")


def test_right_click_offers_suggestions_and_replaces_only_the_chosen_one(qtbot, window):
    page = hearing_with_spelling(qtbot, window)
    answer = page.editor.answer
    qtbot.waitUntil(lambda: "gebroen" in marked_words(answer), timeout=5000)
    chosen = []

    def choose():
        menu = QApplication.activePopupWidget()
        texts = [a.text() for a in menu.actions()]
        chosen.append(texts)
        next(a for a in menu.actions() if a.text() == "geboren").trigger()
        menu.close()

    QTimer.singleShot(0, choose)
    position = word_position(answer, "gebroen")
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, answer.viewport().mapToGlobal(position)
    )
    QApplication.sendEvent(answer.viewport(), event)
    texts = chosen[0]
    assert texts[0] == "geboren"
    assert "„gebroen“ in dieser Anhörung nicht markieren" in texts
    assert any("Kopieren" in t for t in texts)  # Qt's own menu, in German, below
    assert "in Hawler geboren und" in answer.toPlainText()
    wait_saved(qtbot, window)
    assert "in Hawler geboren und" in page.hearing.entries[-1].answer  # saved as typing is
    qtbot.waitUntil(lambda: marked_words(answer) == ["kamm"], timeout=5000)


def test_underlining_is_not_typing(qtbot, window):
    page = hearing_with_spelling(qtbot, window)
    answer = page.editor.answer
    qtbot.waitUntil(lambda: "kamm" in marked_words(answer), timeout=5000)
    with qtbot.assertNotEmitted(page.editor.edited, wait=300):
        page.spelling.ignore("kamm")  # every paragraph re-coloured
        assert "kamm" not in marked_words(answer)
        page.spelling.rehighlight()
    assert page.session.pending == 0


def test_a_key_in_a_long_entry_rereads_one_sentence(qtbot, window):
    page = hearing_with_spelling(qtbot, window, "Ich bin angekommen.")
    narrative = " ".join(
        f"Am {day}. Tag sind wir weiter nach Norden gegangen und haben im Wald geschlafen."
        for day in range(1, 400)
    )
    page.editor.answer.setPlainText(narrative)  # about 5,000 words in one paragraph
    page.editor.focus_answer()  # the cursor at the end
    checker = page.spelling.checker
    before = len(checker._sentences)
    type_text(page.editor.answer, " Dann kamm")
    # Each key re-read the sentence being typed, not the other 399: the cache grew by the
    # forms of that one sentence.
    assert len(checker._sentences) - before <= len(" Dann kamm") + 1
    # The word being typed is judged when the cursor leaves it, not at every letter.
    assert "kamm" not in marked_words(page.editor.answer)
    type_text(page.editor.answer, " ")
    assert marked_words(page.editor.answer)[-1] == "kamm"


def test_without_a_dictionary_the_hearing_goes_on_and_says_so_once(qtbot, window, monkeypatch):
    monkeypatch.setattr(spelling, "LANGUAGE", "xx_XX")
    monkeypatch.setattr(spelling_ui, "_said_off", False)
    messages = []
    window.hearing_opened.connect(lambda page: page.message.connect(messages.append))
    page = hearing_of_a_case_with_a_file(qtbot, window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    key(qtbot, page, "Ctrl+Return")
    type_answer(qtbot, window, "Ich bin in Hawler gebroen.")
    wait_saved(qtbot, window)
    assert page.spelling.checker is None and marked_words(page.editor.answer) == []
    off = "Rechtschreibprüfung aus: kein deutsches Wörterbuch installiert."
    assert messages.count(off) == 1
    hearing_id = page.hearing.id
    window.back_to_cases()
    with qtbot.waitSignal(window.hearing_opened, timeout=5000):
        window.open_hearing(hearing_id)
    assert messages.count(off) == 1  # said once, not for every hearing opened
