"""Spell checking in the entry editor: misspelt German words get Qt's spell-check underline,
right-click offers the dictionary's suggestions (and "ignore in this hearing"); nothing is
ever corrected without the interviewer choosing it.

The checker (``app.assistant.spelling``) opens off the UI thread; it knows the case file's
names at once and the packs' gazetteer names when the assistant has loaded them. Underlining
is formatting, not typing: the editor counts only characters added or removed, and Qt's
highlighter re-reads only the paragraphs that changed (a long paragraph sentence by sentence,
cached). Without Enchant or a German dictionary the status bar says once that spell checking
is off, and the hearing goes on.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from app.assistant.spelling import SpellChecker, names_of_case, names_of_packs, open_checker
from app.ui import tasks

if TYPE_CHECKING:
    from app.ui.hearing.page import HearingPage

log = logging.getLogger(__name__)
_said_off = False  # "spelling is off" is said once per run, not for every hearing opened


class SpellHighlighter(QSyntaxHighlighter):
    """For a field that has no other highlighter (the question)."""

    def __init__(self, document, marks: SpellMarks):
        super().__init__(document)
        self.marks = marks

    def highlightBlock(self, text: str) -> None:
        self.marks.mark(self, text)


class SpellMarks:
    """Marks misspelt words; the word the cursor is in is judged once the cursor leaves it
    (no red line under every half-typed word, and no dictionary lookup per key)."""

    def __init__(self, checker: SpellChecker, editors: tuple[QTextEdit, ...]):
        self.checker = checker
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(QColor("#d93025"))
        self._editors = {editor.document(): editor for editor in editors}
        # the word being typed: its highlighter, paragraph number and span in the document
        self._held: dict[QTextEdit, tuple[QSyntaxHighlighter, int, int, int]] = {}
        for editor in editors:
            editor.cursorPositionChanged.connect(partial(self._cursor_moved, editor))

    def mark(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        """Called for every key in the paragraph typed in: as few calls into Qt as will do."""
        editor = self._editors.get(highlighter.document())
        typing_at = None
        if editor is not None and editor.hasFocus() and not editor.isReadOnly():
            cursor = editor.textCursor()
            number = highlighter.currentBlock().blockNumber()
            if cursor.blockNumber() == number:
                typing_at = cursor.positionInBlock()
                spans, word = self.checker.misspelt_typing(text, typing_at)
                if word is not None:
                    at = cursor.position() - typing_at  # where the paragraph starts
                    self._held[editor] = (highlighter, number, at + word[0], at + word[1])
                for start, end in spans:
                    highlighter.setFormat(start, end - start, self.format)
                return
        for start, end in self.checker.misspelt(text):
            highlighter.setFormat(start, end - start, self.format)

    def _cursor_moved(self, editor: QTextEdit) -> None:
        held = self._held.get(editor)
        if held is None:
            return
        highlighter, number, start, end = held
        if start <= editor.textCursor().position() <= end:
            return  # still typing the same word (one call into Qt: this runs on every key)
        del self._held[editor]
        block = editor.document().findBlockByNumber(number)
        if block.isValid():
            highlighter.rehighlightBlock(block)  # the word left behind is judged now


class SpellingGlue(QObject):
    def __init__(self, page: HearingPage):
        super().__init__(page)
        self.page = page
        self.checker: SpellChecker | None = None
        self.marks: SpellMarks | None = None
        self.question_highlighter: SpellHighlighter | None = None
        self._pack_names = False
        self.closed = False
        self.editors = (page.editor.question, page.editor.answer)
        for editor in self.editors:
            editor.viewport().installEventFilter(self)
        tasks.run(
            tasks.in_background(open_checker, names_of_case(page.session.case)),
            self._opened,
            lambda error: self._opened((None, type(error).__name__)),
        )
        page.assistant.worker.view_ready.connect(self._view_ready)

    def _opened(self, result) -> None:
        global _said_off
        checker, why = result
        if self.closed:
            return
        if checker is None:
            log.info("spell checking off: %s", why)
            if not _said_off:
                _said_off = True
                self.page.message.emit(
                    self.tr("Spell checking is off: no German dictionary is installed.")
                )
            return
        self.checker, self.marks = checker, SpellMarks(checker, self.editors)
        self._add_pack_names()
        self.question_highlighter = SpellHighlighter(self.editors[0].document(), self.marks)
        answer = self.page.assistant.highlighter
        answer.before = self.marks.mark
        answer.rehighlight()

    def _view_ready(self, _view) -> None:
        if not self._pack_names and self.checker is not None and self._add_pack_names():
            self.rehighlight()

    def _add_pack_names(self) -> bool:
        assistant = self.page.assistant.assistant
        if assistant is None or self._pack_names:
            return False
        self._pack_names = True
        return self.checker.add_names(names_of_packs(assistant.knowledge))

    def rehighlight(self) -> None:
        if self.question_highlighter is not None:
            self.question_highlighter.rehighlight()
        self.page.assistant.highlighter.rehighlight()

    # --- right-click ----------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ContextMenu:
            editor = next((e for e in self.editors if e.viewport() is watched), None)
            if editor is not None:
                menu = self.context_menu(editor, event.pos())
                menu.exec(event.globalPos())
                menu.deleteLater()
                return True
        return False

    def context_menu(self, editor: QTextEdit, position) -> QMenu:
        """Qt's own menu (cut, copy, paste …), with the suggestions for a misspelt word under
        ``position`` (viewport coordinates) on top."""
        menu = editor.createStandardContextMenu()
        cursor = editor.cursorForPosition(position)
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        word = cursor.selectedText()
        if self.checker is None or not word or editor.isReadOnly():
            return menu
        if self.checker.is_correct(word):
            return menu
        first = menu.actions()[0] if menu.actions() else None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        suggestions = self.checker.suggestions(word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(partial(self.replace, editor, start, end, word, suggestion))
            menu.insertAction(first, action)
        if not suggestions:
            none = QAction(self.tr("No spelling suggestions"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        ignore = QAction(self.tr("Ignore “%1” in this hearing").replace("%1", word), menu)
        ignore.triggered.connect(partial(self.ignore, word))
        menu.insertAction(first, ignore)
        menu.insertSeparator(first)
        return menu

    def replace(self, editor: QTextEdit, start: int, end: int, word: str, suggestion: str) -> None:
        """The interviewer chose a suggestion: an edit like typing (saved, read again)."""
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != word:
            return  # the text moved on since the menu opened: change nothing
        cursor.insertText(suggestion)
        editor.setTextCursor(cursor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def ignore(self, word: str) -> None:
        if self.checker is not None and self.checker.add_names([word]):
            self.rehighlight()

    def close(self) -> None:
        self.closed = True
        if self.marks is not None:
            self.page.assistant.highlighter.before = None
