"""Shows inline, in the answer being typed, what the assistant detected (dotted underline).

Re-colouring is formatting, not typing: the editor tells the two apart (see
``ui/hearing/editor.py``), and only the paragraphs whose underlines changed are re-coloured.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from app.ui.assistant.worker import PanelView

Span = tuple[int, int, bool]  # start, end, rejected


class FactHighlighter(QSyntaxHighlighter):
    def __init__(self, document, parent=None):
        super().__init__(document)
        self.number: int | None = None
        self._spans: tuple[Span, ...] = ()
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self._format.setUnderlineColor(QColor("#1a73e8"))
        self._rejected = QTextCharFormat()
        self._rejected.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._rejected.setUnderlineColor(QColor("#999999"))

    def show_entry(self, view: PanelView | None, number: int | None) -> None:
        """Another entry is in the editor (its text was just loaded: colour it all)."""
        self.number = number
        self._spans = _spans_of(view, number)
        self.rehighlight()

    def apply(self, view: PanelView | None) -> None:
        """A new view: re-colour only the paragraphs whose underlines changed."""
        spans = _spans_of(view, self.number)
        if spans == self._spans:
            return
        old, self._spans = set(self._spans), spans
        document = self.document()
        if document is None:
            return
        for start, end, _ in old.symmetric_difference(spans):
            block = document.findBlock(start)
            while block.isValid() and block.position() <= end:
                self.rehighlightBlock(block)
                block = block.next()

    def spans(self) -> list[Span]:
        """(start, end, rejected) of detected facts in the entry's answer."""
        return list(self._spans)

    def highlightBlock(self, text: str) -> None:
        if not self._spans:
            return
        block = self.currentBlock()
        offset, length = block.position(), len(text)
        for start, end, rejected in self._spans:
            s, e = max(start - offset, 0), min(end - offset, length)
            if s < e:
                self.setFormat(s, e - s, self._rejected if rejected else self._format)


def _spans_of(view: PanelView | None, number: int | None) -> tuple[Span, ...]:
    if view is None or number is None:
        return ()
    return tuple(
        (f.start, f.end, view.fact_status(f.id) == "rejected")
        for f in view.facts_by_entry.get(number, ())
        if f.source == "answer" and f.end > f.start
    )
