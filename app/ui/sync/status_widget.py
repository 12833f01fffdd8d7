"""The sync state in the status bar, and a details dialog listing every unsent transcript.

The status bar says in a few words where sync stands and counts what is to send, sent, failed
and set aside. Every failure keeps its reason: in the tool tip, and one line per transcript in
the details dialog, where a set-aside transcript can be put back in the queue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.sync import states as c
from app.ui.sync.reasons import reason_text

if TYPE_CHECKING:  # the widget exists before unlock: no store or sync imports at start-up
    from app.store.sync_state import SyncedVersion, SyncStatus, VersionState
    from app.ui.sync.controller import SyncController

_COLORS = {
    c.ERROR: "#b00020",
    c.ATTENTION: "#b00020",
    c.SYNCING: "#8a6d00",
    c.UP_TO_DATE: "#1e7e34",
}


class SyncStatusWidget(QWidget):
    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.detail_code, self.detail = c.OFF, "", ""
        self.status: SyncStatus | None = None
        self.progress_text = ""
        self.summary = QLabel()
        self.summary.setObjectName("syncState")
        self.counts = QLabel()
        self.counts.setObjectName("syncCounts")
        self.details_button = QToolButton()
        self.details_button.clicked.connect(self.details_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        layout.addWidget(self.details_button)
        self.refresh()

    def connect_controller(self, controller: SyncController) -> None:
        controller.state_changed.connect(self.set_state)
        controller.status_changed.connect(self.set_status)
        controller.progress.connect(self.set_progress)

    # --- slots (UI thread; signals from the sync thread arrive queued) ----------------------

    def set_state(self, state: str, code: str = "", detail: str = "") -> None:
        """``code`` and ``detail``: why sync stopped, if it did (app.ui.sync.reasons)."""
        self.state, self.detail_code, self.detail = state, code, detail
        if state != c.SYNCING:
            self.progress_text = ""
        self.refresh()

    def set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.refresh()

    def set_progress(self, progress) -> None:
        self.progress_text = (
            self.tr("%1 of %2 sent")
            .replace("%1", str(progress.sent))
            .replace("%2", str(progress.to_send))
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    # --- text ----------------------------------------------------------------------------------

    def state_text(self) -> str:
        texts = {
            c.OFF: self.tr("Sync off: no central service configured"),
            c.NOT_ENROLLED: self.tr("Sync: this device is not enrolled"),
            c.OFFLINE: self.tr("Sync: service not reachable, trying again"),
            c.SYNCING: self.tr("Syncing…"),
            c.UP_TO_DATE: self.tr("Synced"),
            c.ATTENTION: self.tr("Sync: not everything was sent"),
            c.ERROR: self.tr("Sync stopped"),
        }
        text = texts.get(self.state, self.state)
        if self.state == c.SYNCING and self.progress_text:
            text += " " + self.progress_text
        return text

    def counts_text(self) -> str:
        s = self.status
        if s is None or self.state == c.OFF:
            return ""
        return (
            self.tr("To send: %1 · Sent: %2 · Failed: %3 · Set aside: %4")
            .replace("%1", str(len(s.to_send)))
            .replace("%2", str(s.synced))
            .replace("%3", str(len(s.failing)))
            .replace("%4", str(len(s.set_aside)))
        )

    def stop_reason(self) -> str:
        """Why the last round stopped, in the current language ("" when it did not)."""
        if not (self.detail or self.detail_code):
            return ""
        reason = reason_text(self.detail_code, self.detail)
        return self.tr("Sync stopped: %1").replace("%1", reason)

    def reasons(self) -> list[str]:
        """One line per problem, each with its reason."""
        stopped = self.stop_reason()
        lines = [stopped] if stopped else []
        for v in self.status.unsent if self.status else []:
            if v.last_error:
                lines.append(version_line(v))
        return lines

    def refresh(self) -> None:
        self.summary.setText(self.state_text())
        color = _COLORS.get(self.state)
        self.summary.setStyleSheet(f"color: {color};" if color else "")  # else the theme's text
        self.counts.setText(self.counts_text())
        self.details_button.setText(self.tr("Details…"))
        self.setToolTip("\n".join(self.reasons()))


def version_line(v: VersionState, original: bool = False) -> str:
    """'Case 123 – version 2: set aside – reason' for lists and tool tips. One translation
    context, whichever widget shows the line (``self.tr`` would use the widget's class).
    ``original``: add the sync's or the service's own (English) words, for IT."""
    if v.set_aside:
        what = QCoreApplication.translate("SyncStatusWidget", "set aside")
    elif v.last_error:
        what = QCoreApplication.translate(
            "SyncStatusWidget", "failed %1 time(s), will be retried"
        ).replace("%1", str(v.attempts))
    else:
        what = QCoreApplication.translate("SyncStatusWidget", "waiting to be sent")
    line = (
        QCoreApplication.translate("SyncStatusWidget", "Case %1 – version %2: %3")
        .replace("%1", v.case_reference)
        .replace("%2", str(v.seal_version))
        .replace("%3", what)
    )
    if not v.last_error:
        return line
    reason = reason_text(v.last_error_code, v.last_error)
    line = f"{line} – {reason}"
    if original and reason != v.last_error:
        words = QCoreApplication.translate("SyncStatusWidget", "original message: %1")
        line += f" ({words.replace('%1', v.last_error)})"
    return line


class SyncDetailsDialog(QDialog):
    """Every unsent transcript with its state and reason (set-aside ones can be put back), and
    a receipt for every transcript the service received: what was sent (the sealed content's
    hash), when it arrived and the service's receipt id."""

    def __init__(self, controller: SyncController, widget: SyncStatusWidget, parent=None):
        super().__init__(parent)
        self.controller, self.widget = controller, widget
        self.setWindowTitle(self.tr("Sync details"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.received_label = QLabel(self.tr("Received by the service (receipts, newest first):"))
        self.receipts = QListWidget()
        self.receipts.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Send set-aside transcript again"))
        self.retry_button.clicked.connect(self._put_back)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(controller.sync_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.received_label)
        layout.addWidget(self.receipts, 2)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.refresh()
        # Rounds run while the dialog is open (its own "Sync now" among them): it follows
        # them. The status widget is connected first, so it already holds the new status.
        controller.status_changed.connect(self.refresh)
        controller.state_changed.connect(self.refresh)

    def refresh(self, *_changed) -> None:
        widget, status = self.widget, self.widget.status
        self.state_label.setText(widget.state_text() + "\n" + widget.counts_text())
        chosen = self.items.currentItem()
        chosen = chosen.data(Qt.ItemDataRole.UserRole) if chosen else None
        self.items.clear()
        for v in status.unsent if status else []:
            item = QListWidgetItem(version_line(v, original=True))
            item.setData(Qt.ItemDataRole.UserRole, (v.hearing_id, v.seal_version, v.set_aside))
            self.items.addItem(item)
            if chosen and chosen[:2] == (v.hearing_id, v.seal_version):
                self.items.setCurrentItem(item)
        if stopped := widget.stop_reason():
            self.items.addItem(stopped)
        if not self.items.count():
            self.items.addItem(self.tr("Nothing is waiting to be sent."))
        self.receipts.clear()
        for v in status.received if status else ():
            item = QListWidgetItem(self.receipt_line(v))
            item.setToolTip(
                self.tr("Receipt %1\nContent hash %2")
                .replace("%1", v.receipt_id)
                .replace("%2", v.content_hash)
            )
            self.receipts.addItem(item)
        if not self.receipts.count():
            self.receipts.addItem(self.tr("The service has not received a transcript yet."))

    def receipt_line(self, v: SyncedVersion) -> str:
        from datetime import datetime

        from app.domain.clock import office_time

        at = office_time(datetime.fromisoformat(v.received_at))
        line = (
            self.tr("Case %1 – version %2: received %3 · receipt %4 · content hash %5")
            .replace("%1", v.case_reference)
            .replace("%2", str(v.seal_version))
            .replace("%3", f"{at:%d.%m.%Y %H:%M}")
            .replace("%4", v.receipt_id[:12])
            .replace("%5", v.content_hash[:16] + "…")
        )
        if v.purged:
            line += " · " + self.tr("content deleted here after the retention period")
        return line

    def _put_back(self) -> None:
        item = self.items.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        if data and data[2]:
            self.controller.put_back(data[0], data[1])
            self.accept()
