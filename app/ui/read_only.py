"""Read-only text fields that look read-only.

Qt draws a read-only QLineEdit or QTextEdit exactly like an editable one, so in a sealed
hearing the question, answer and header fields invited typing that then went nowhere. A
read-only field gets the window's background instead of the white of an input.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit


def set_read_only(widget: QLineEdit | QAbstractScrollArea, read_only: bool) -> None:
    """Make ``widget`` (a line edit or a text edit) read-only or editable, and look it."""
    widget.setReadOnly(read_only)
    default = QApplication.palette(widget)
    role = QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base
    palette = QPalette(widget.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, default.color(group, role))
    widget.setPalette(palette)
