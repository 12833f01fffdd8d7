"""Shows inline, in the answer being typed, what the assistant detected (dotted underline)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from app.assistant import Session


class FactHighlighter(QSyntaxHighlighter):
    def __init__(self, document, parent=None):
        super().__init__(document)
        self.session: Session | None = None
        self.number: int | None = None
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self._format.setUnderlineColor(QColor("#1a73e8"))
        self._rejected = QTextCharFormat()
        self._rejected.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._rejected.setUnderlineColor(QColor("#999999"))

    def show_entry(self, session: Session | None, number: int | None) -> None:
        self.session, self.number = session, number
        self.rehighlight()

    def spans(self) -> list[tuple[int, int, bool]]:
        """(start, end, rejected) of detected facts in the entry's answer."""
        if not self.session or self.number is None:
            return []
        return [
            (f.start, f.end, self.session.fact_status(f.id) == "rejected")
            for f in self.session.facts_in_entry(self.number)
            if f.source == "answer" and f.end > f.start
        ]

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        offset, length = block.position(), len(text)
        for start, end, rejected in self.spans():
            s, e = max(start - offset, 0), min(end - offset, length)
            if s < e:
                self.setFormat(s, e - s, self._rejected if rejected else self._format)
