"""List rows with room above and below their text.

A word-wrapped item is exactly as high as its lines, and Qt clips its painting to that: the
dots of a capital umlaut at the top of a row ("Über ...") were cut off in the question list.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtWidgets import QStyledItemDelegate

ROW_PADDING = QMargins(0, 3, 0, 3)


class PaddedRows(QStyledItemDelegate):
    def sizeHint(self, option, index):
        return super().sizeHint(option, index).grownBy(ROW_PADDING)
