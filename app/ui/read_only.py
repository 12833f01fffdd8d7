"""Read-only text fields that look read-only.

Qt draws a read-only QLineEdit or QTextEdit exactly like an editable one, so in a sealed
hearing the question, answer and header fields invited typing that then went nowhere. A
read-only field is drawn in the window's own colours (its background and text roles) instead
of an input's. The colours are taken from the palette whenever it changes, never fixed, so a
dark theme or a high-contrast scheme switched on while the app runs is followed, and the text
keeps the contrast the scheme gives the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QWidget

_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
# Read-only: the input's roles take the window's colours (a pair made to contrast).
_LOOK = ((QPalette.ColorRole.Base, QPalette.ColorRole.Window),
         (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText))  # fmt: skip


def set_read_only(widget: QLineEdit | QAbstractScrollArea, read_only: bool) -> None:
    """Make ``widget`` (a line edit or a text edit) read-only or editable, and look it."""
    widget.setReadOnly(read_only)
    follower = getattr(widget, "_palette_follower", None)
    if read_only:
        if follower is None:
            # Kept referenced from Python: a filter whose wrapper is collected stops filtering.
            widget._palette_follower = _PaletteFollower(widget)  # type: ignore[union-attr]
            widget.installEventFilter(widget._palette_follower)
        _apply(widget)
    elif follower is not None:
        # Editable: the input's own colours, inherited from the theme, so no filter is needed;
        # a filter would see every event of the field, every key typed into the answer too.
        widget.removeEventFilter(follower)
        widget._palette_follower = None  # type: ignore[union-attr]
        _inherit(widget)


def _apply(widget: QWidget) -> None:
    theme = QApplication.palette(widget)
    palette = QPalette(widget.palette())
    for group in _GROUPS:
        for role, window_role in _LOOK:
            palette.setColor(group, role, theme.color(group, window_role))
    widget.setPalette(palette)


def _inherit(widget: QWidget) -> None:
    """Drop the read-only look: every role follows the theme again (nothing set locally)."""
    widget.setPalette(QPalette())


class _PaletteFollower(QObject):
    """Re-applies the look when the application's palette (theme) changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            _apply(watched)
        return False
