"""Dialog to start a hearing: which skeleton, who interprets, in which language, where."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit

from app.skeletons import Skeleton
from app.ui.buttons import ok_cancel


class StartHearingDialog(QDialog):
    def __init__(
        self, skeletons: list[Skeleton], language: str, default_skeleton: str = "", parent=None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start hearing"))
        self.skeleton = QComboBox()
        for sk in skeletons:
            self.skeleton.addItem(f"{sk.title_in(language)} ({len(sk.questions)})", sk.id)
        index = self.skeleton.findData(default_skeleton)
        self.skeleton.setCurrentIndex(max(index, 0))
        self.interpreter = QLineEdit()
        self.language = QLineEdit()
        self.place = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Question skeleton"), self.skeleton)
        form.addRow(self.tr("Interpreter"), self.interpreter)
        form.addRow(self.tr("Language of the hearing"), self.language)
        form.addRow(self.tr("Place"), self.place)
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {
            "skeleton_id": self.skeleton.currentData(),
            "interpreter": self.interpreter.text().strip(),
            "language": self.language.text().strip(),
            "place": self.place.text().strip(),
        }
