"""The supervisor's comments on a returned transcript, in view on the hearing screen while the
interviewer writes the addenda that answer them. Hidden once a new version is sealed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from app.ui.sync.dialogs import comment_line, return_title
from app.ui.tints import tint

if TYPE_CHECKING:
    from app.store.sync_downsync import ReturnedTranscript


class ReturnBanner(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("returnBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the comments are the supervisor's words
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(6)
        self.setAutoFillBackground(True)
        self.hide()

    def show_returns(self, waiting: list[ReturnedTranscript]) -> None:
        """The returns the hearing has yet to answer (``sync_downsync.open_returns`` decides)."""
        if not waiting:
            self.hide()
            return
        lines = []
        for r in waiting:
            lines.append(return_title(r))
            lines += [f"• {comment_line(c)}" for c in r.comments]
        lines.append(self.tr("Answer with addenda and seal them as a new version."))
        self.setText("\n".join(lines))
        palette = self.palette()
        palette.setBrush(QPalette.ColorRole.Window, tint("yellow"))  # follows a dark theme
        self.setPalette(palette)
        self.show()
