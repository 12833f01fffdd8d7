"""Shows inline, in the answer being typed, what the assistant detected (dotted underline).

Re-colouring is formatting, not typing: the editor tells the two apart (see
``ui/hearing/editor.py``), and only the paragraphs whose underlines changed are re-coloured.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from app.assistant.facts import Fact
from app.ui.assistant.models import common_prefix
from app.ui.assistant.worker import PanelView

Span = tuple[int, int, bool]  # start, end, rejected
RECOLOUR_BUDGET_S = 0.0015  # of one event-loop turn; the rest waits for the next turn
# After a new view the re-colouring waits this long: a slice in the next turn met there the
# repaint the view's apply had caused (the panel's lists, 5-9 ms), one turn of ~15 ms; a slice
# due in the turn a view arrives in is put off the same way, but a due timer may still fire
# just before the view is delivered in the same turn, hence slices of 1.5 ms (not 4).
AFTER_VIEW_MS = 20


class FactHighlighter(QSyntaxHighlighter):
    def __init__(self, document, parent=None):
        super().__init__(document)
        self.number: int | None = None
        self._spans: tuple[Span, ...] = ()
        # The entry's facts as last read, and each one's underline (None: not underlined), so
        # a new view re-reads only the facts after those it shares with the last one.
        self._facts: tuple[Fact, ...] = ()
        self._fact_spans: list[Span | None] = []
        self._rejected_ids: frozenset[str] | None = None
        self._starts: list[int] = []
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self._format.setUnderlineColor(QColor("#1a73e8"))
        self._rejected = QTextCharFormat()
        self._rejected.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._rejected.setUnderlineColor(QColor("#999999"))
        self._to_recolour: list[tuple[int, int]] = []  # changed spans, coloured in slices
        self._slice = QTimer(self)  # the next slice of re-colouring
        self._slice.setObjectName("recolourSlice")
        self._slice.setSingleShot(True)
        self._slice.timeout.connect(self._recolour_some)
        # Other marks of the same paragraph (spell checking): a document has one highlighter,
        # so they are drawn here, first; a detected fact's underline is drawn over them.
        self.before: Callable[[QSyntaxHighlighter, str], None] | None = None

    def show_entry(self, view: PanelView | None, number: int | None) -> None:
        """Another entry is in the editor (its text was just loaded: colour it all)."""
        self.number = number
        self._facts, self._fact_spans = (), []
        self._spans = self._read_spans(view)
        self._starts = [start for start, _end, _rejected in self._spans]
        self._to_recolour = []
        self.rehighlight()

    def apply(self, view: PanelView | None) -> None:
        """A new view: re-colour only the paragraphs whose underlines changed, a few at a
        time (see _recolour_some)."""
        if self._to_recolour:
            self._slice.start(AFTER_VIEW_MS)  # not in the turn that applies and draws a view
        spans = self._read_spans(view)
        if spans == self._spans:
            return
        old, self._spans = set(self._spans), spans
        self._starts = [start for start, _end, _rejected in spans]
        changed = {(start, end) for start, end, _ in old.symmetric_difference(spans)}
        self._to_recolour = sorted(changed | set(self._to_recolour), reverse=True)
        self._slice.start(AFTER_VIEW_MS)  # (re)started: not in this turn, nor the next

    def _read_spans(self, view: PanelView | None) -> tuple[Span, ...]:
        """The entry's underlines, sorted. A key at the end of a 20,000-word narrative keeps
        its first 3,500 facts (the same objects): those keep their underlines, and only the
        facts after them are read - reading them all took 3-4 ms of the turn a view arrives
        in. A fact rejected or restored anywhere makes all of them read again."""
        if view is None or self.number is None:
            self._facts, self._fact_spans, self._rejected_ids = (), [], None
            return ()
        facts = view.facts_by_entry.get(self.number, ())
        same = common_prefix(self._facts, facts) if view.rejected == self._rejected_ids else 0
        rejected = view.rejected
        self._fact_spans = self._fact_spans[:same] + [_span(f, rejected) for f in facts[same:]]
        self._facts, self._rejected_ids = tuple(facts), rejected
        return tuple(sorted(filter(None, self._fact_spans)))

    def _schedule(self) -> None:
        """The next slice in the event loop's next turn (keys and painting come between)."""
        if not self._slice.isActive():
            self._slice.start(0)

    def pending(self) -> int:
        """Changed underlines whose paragraphs are still to be re-coloured."""
        return len(self._to_recolour)

    def _recolour_some(self) -> None:
        """Re-colour the paragraphs of changed underlines for at most RECOLOUR_BUDGET_S, then
        let the event loop run (keys, painting) and go on in its next turn: the first view of
        a pasted 20,000-word narrative changes thousands of underlines in hundreds of
        paragraphs, ~0.3 s in one go."""
        document = self.document()
        if document is None:
            self._to_recolour = []
            return
        deadline = time.perf_counter() + RECOLOUR_BUDGET_S
        done_until = -1  # each paragraph once: spans are taken in order of position
        pending = self._to_recolour  # (start, end), last first: pop() takes the first
        while pending:
            start, end = pending.pop()
            if end <= done_until:
                continue
            block = document.findBlock(max(start, done_until))
            while block.isValid() and block.position() <= end:
                self.rehighlightBlock(block)
                done_until = block.position() + block.length()
                block = block.next()
            if time.perf_counter() > deadline:
                break
        if pending:
            self._schedule()

    def spans(self) -> list[Span]:
        """(start, end, rejected) of detected facts in the entry's answer."""
        return list(self._spans)

    def highlightBlock(self, text: str) -> None:
        """Called by Qt for every paragraph that changed, on every key: only the spans that
        fall into this paragraph are looked at (spans are sorted by start)."""
        if self.before is not None:
            self.before(self, text)
        spans = self._spans
        if not spans:
            return
        block = self.currentBlock()
        offset = block.position()
        limit = offset + len(text)
        i = max(bisect_left(self._starts, offset) - 1, 0)  # one before: it may reach in
        plain, rejected_format = self._format, self._rejected
        set_format = self.setFormat
        for start, end, rejected in spans[i:]:
            if start >= limit:
                break
            if end <= offset:
                continue
            s = start - offset if start > offset else 0
            e = (end if end < limit else limit) - offset
            set_format(s, e - s, rejected_format if rejected else plain)


def _span(fact: Fact, rejected: frozenset[str]) -> Span | None:
    """(start, end, rejected) of a fact underlined in the answer, or None."""
    if fact.source == "answer" and fact.end > fact.start:
        return (fact.start, fact.end, fact.id in rejected)
    return None
