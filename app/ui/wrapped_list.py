"""A list view of word-wrapped rows that redraws only the row that changed.

Rows of different heights make QListView lay out and redraw every visible row whenever any
one row's data changes: the transcript list repainted its whole viewport, eight rows of up to
1,500 characters each (~6 ms), ten times a second while the interviewer typed, and the
assistant's lists did the same for every update of a hint or a fact (bench/bench_typing.py).
A row that keeps its height needs no new layout: only its own rectangle is redrawn. A row
that grows or shrinks goes the usual way, so the rows below it move.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListView, QStyleOptionViewItem


class WrappedListView(QListView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)

    def dataChanged(self, top_left, bottom_right, roles=()):
        if top_left == bottom_right and top_left.isValid() and self._same_height(top_left):
            self.viewport().update(self.visualRect(top_left))
            return
        super().dataChanged(top_left, bottom_right, roles)

    def _same_height(self, index) -> bool:
        """Whether the row's text still fits the height it was laid out with. (visualRect()
        asks the delegate anew: its height is the row's new one, not the laid-out one.)"""
        top = self.rectForIndex(index).top()
        below = index.siblingAtRow(index.row() + 1)
        laid_out = (
            self.rectForIndex(below).top() if below.isValid() else self.contentsSize().height()
        ) - top
        shown = self.visualRect(index)
        if not shown.isValid() or laid_out <= 0:  # not laid out yet: the usual way
            return False
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = shown
        return self.itemDelegateForIndex(index).sizeHint(option, index).height() == laid_out
