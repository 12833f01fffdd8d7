"""Enrolment (the one-time code from IT) and the list of transcripts returned for revision."""

from __future__ import annotations

import socket
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.domain.clock import office_time

if TYPE_CHECKING:
    from app.store.sync_downsync import ReturnedTranscript


class EnrolDialog(QDialog):
    """Registers this profile's device key with the central service, once, while online."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Enrol device"))
        intro = QLabel(
            self.tr(
                "Enter the one-time enrolment code you received from IT. The device registers "
                "its key with the central service; transcripts are then sent from this profile."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.device_name = QLineEdit(socket.gethostname())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.enrol_button = QPushButton(self.tr("Enrol"))
        self.enrol_button.clicked.connect(self._enrol)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Enrolment code"), self.code)
        form.addRow(self.tr("Device name"), self.device_name)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Return enrols. Made default only now that the button is in the dialog: set before,
        # the dialog did not know it, and Return pressed "Close" — the code was thrown away.
        self.enrol_button.setDefault(True)
        # Word-wrapped labels: Qt sizes a dialog by their one-line width and later squeezes
        # them (the German text was clipped, and more so once a message appeared). A
        # readable width, and a layout that never lets the dialog get smaller than its text.
        intro.setMinimumWidth(intro.fontMetrics().averageCharWidth() * 60)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        controller.enrolment_finished.connect(self._finished)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.adjustSize()  # room for the message's lines

    def _enrol(self) -> None:
        if not self.code.text().strip():
            self._say(self.tr("Please enter the enrolment code."))
            return
        self.enrol_button.setEnabled(False)
        self._say(self.tr("Enrolling…"))
        self.controller.enrol(self.code.text(), self.device_name.text().strip())

    def _finished(self, ok: bool, error: str) -> None:
        self.enrol_button.setEnabled(not ok)
        if ok:
            self._say(self.tr("This device is enrolled. Sync starts now."))
        else:
            self._say(self.tr("Enrolment failed: %1").replace("%1", error))


class ReturnsDialog(QDialog):
    """Transcripts the supervisor returned, with the comments; opens the hearing so that the
    interviewer adds addenda and seals them as a new version."""

    open_requested = Signal(str)  # hearing id

    def __init__(self, returns: list[ReturnedTranscript], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Returned transcripts"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Returned transcript / comment")])
        self.tree.setWordWrap(True)
        for r in returns:
            top = QTreeWidgetItem([return_title(r)])
            top.setData(0, Qt.ItemDataRole.UserRole, r.hearing_id)
            for comment in r.comments:
                child = QTreeWidgetItem([comment_line(comment)])
                child.setData(0, Qt.ItemDataRole.UserRole, r.hearing_id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if not returns:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No transcript was returned.")]))
        self.tree.itemDoubleClicked.connect(lambda item, _col: self._open(item))
        self.open_button = QPushButton(self.tr("Open hearing"))
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Open the hearing, add addenda for the comments and use “Seal addenda (new "
                "version)”; the new version is sent with the next sync."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.open_button.setDefault(True)  # Return opens the chosen hearing
        self.resize(720, 420)

    def _open(self, item) -> None:
        hearing_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if hearing_id:
            self.open_requested.emit(hearing_id)
            self.accept()


def return_title(r: ReturnedTranscript) -> str:
    """Which version came back, from whom, when (also the hearing screen's banner)."""
    text = (
        QCoreApplication.translate("ReturnsDialog", "Case %1 – version %2, returned by %3 on %4")
        .replace("%1", r.case_reference)
        .replace("%2", str(r.seal_version))
        .replace("%3", r.returned_by)
        .replace("%4", f"{office_time(datetime.fromisoformat(r.returned_at)):%d.%m.%Y}")
    )
    if r.answered:
        text += " – " + QCoreApplication.translate("ReturnsDialog", "answered by a new version")
    return text


def comment_line(comment) -> str:
    """One comment: the entry it concerns (or the whole transcript), its text, its author."""
    where = (
        QCoreApplication.translate("ReturnsDialog", "Entry %1").replace(
            "%1", str(comment.entry_number)
        )
        if comment.entry_number is not None
        else QCoreApplication.translate("ReturnsDialog", "Whole transcript")
    )
    return f"{where}: {comment.text} ({comment.author})"
