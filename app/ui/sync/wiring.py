"""Sync in the main window: the menu, the status-bar widget, and a controller per unlock.

The main window calls ``start(worker)`` once a profile is open and ``stop()`` before it locks
or closes; everything else about sync lives here, so the window needs only a few lines.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.sync.states import OFF

if TYPE_CHECKING:
    from app.deployment import Deployment
    from app.ui.sync.controller import SyncController
    from app.ui.sync.dialogs import EnrolDialog
    from app.ui.sync.status_widget import SyncDetailsDialog, SyncStatusWidget

# The window is built before unlock and must appear fast (bench/bench_startup.py): the
# status widget and menu, the deployment file (pydantic, YAML), the controller (network
# client, SQLCipher store) and the dialogs are made at the first unlock.

log = logging.getLogger("asa.ui.sync")


def discover_deployment() -> tuple[Deployment, str]:
    """The deployment settings and, when the file is broken, what is wrong (file:line)."""
    from app.datafiles import DataFileError
    from app.deployment import NOT_CONFIGURED, load_deployment

    try:
        return load_deployment(), ""
    except DataFileError as exc:
        log.warning("deployment file invalid")
        return NOT_CONFIGURED, str(exc)


class SyncMenu(QMenu):
    """Retranslates itself (the main window's retranslate need not know about sync)."""

    def __init__(self, sync_ui: SyncUi, parent) -> None:
        super().__init__(parent)
        self.sync_ui = sync_ui

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.sync_ui.retranslate()
        super().changeEvent(event)


class SyncUi(QObject):
    def __init__(
        self,
        window: QMainWindow,
        deployment: Deployment | None = None,
        packs_dir: Path | None = None,
        **controller_options,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.deployment_error = ""
        self.deployment = deployment  # None: looked up at the first unlock
        self.packs_dir = packs_dir
        self.controller_options = controller_options
        self.controller: SyncController | None = None
        self.widget: SyncStatusWidget | None = None  # made by _build() at the first unlock

    def _build(self) -> None:
        if self.widget is not None:
            return
        from app.ui.sync.status_widget import SyncStatusWidget

        window = self.window
        self.widget = SyncStatusWidget()
        self.widget.details_requested.connect(self.show_details)
        window.statusBar().addPermanentWidget(self.widget)
        self.menu = SyncMenu(self, window)
        window.menuBar().addMenu(self.menu)
        self.sync_now_action = QAction(window)
        self.sync_now_action.triggered.connect(self.sync_now)
        self.enrol_action = QAction(window)
        self.enrol_action.triggered.connect(self.show_enrolment)
        self.returns_action = QAction(window)
        self.returns_action.triggered.connect(self.show_returns)
        self.details_action = QAction(window)
        self.details_action.triggered.connect(self.show_details)
        for action in (self.sync_now_action, self.enrol_action, self.returns_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.details_action)
        self.retranslate()
        self._enable(False)

    def retranslate(self) -> None:
        if self.widget is None:
            return
        self.menu.setTitle(self.tr("&Sync"))
        self.sync_now_action.setText(self.tr("Sync now"))
        self.enrol_action.setText(self.tr("Enrol device…"))
        self.returns_action.setText(self.tr("Returned transcripts…"))
        self.details_action.setText(self.tr("Sync details…"))

    # --- the main window's hooks ----------------------------------------------------------

    def start(self, worker) -> None:
        from app.domain.clock import set_office_zone
        from app.ui.sync.controller import SyncController

        self._build()
        self.stop()
        if self.deployment is None:
            self.deployment, self.deployment_error = discover_deployment()
        # The deployment file is read here, at the first unlock; its office zone governs every
        # time shown or exported (before the first hearing can be opened).
        set_office_zone(self.deployment.time_zone)
        self.controller = SyncController(
            worker, self.deployment, self, packs_dir=self.packs_dir, **self.controller_options
        )
        self.widget.connect_controller(self.controller)
        self.controller.round_finished.connect(self._round_finished)
        self._enable(True)
        self.controller.start()
        if self.deployment_error:
            self.widget.set_state(OFF, "", self.deployment_error)  # names file and line
            self.window.statusBar().showMessage(
                self.tr("The deployment file is invalid; sync is off: %1").replace(
                    "%1", self.deployment_error
                ),
                15000,
            )

    def stop(self) -> None:
        controller, self.controller = self.controller, None
        if controller is not None:
            controller.stop()
            controller.deleteLater()
        if self.widget is None:
            return
        self._enable(False)
        self.widget.set_state(OFF)
        self.widget.status = None
        self.widget.refresh()

    # --- actions ---------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.controller:
            self.controller.sync_now()

    def transcript_sealed(self) -> None:
        """A version was just sealed and stored: look now rather than at the next poll, so
        that it goes out while the interviewer is still there (a round follows if online)."""
        if self.controller:
            self.controller.refresh_status()

    def show_enrolment(self) -> EnrolDialog | None:
        if not self.controller:
            return None
        from app.ui.sync.dialogs import EnrolDialog

        dialog = EnrolDialog(self.controller, self.window)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    def show_details(self) -> SyncDetailsDialog | None:
        if not self.controller:
            return None
        from app.ui.sync.status_widget import SyncDetailsDialog

        dialog = SyncDetailsDialog(self.controller, self.widget, self.window)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    def show_returns(self) -> None:
        if self.controller:
            self.controller.load_returns(self._returns_loaded)

    def _returns_loaded(self, returns) -> None:
        from app.ui.sync.dialogs import ReturnsDialog

        dialog = ReturnsDialog(returns, self.window)
        dialog.open_requested.connect(self.window.open_hearing)
        dialog.open()

    def _enable(self, unlocked: bool) -> None:
        online = unlocked and self.deployment is not None and self.deployment.sync_configured
        for action in (self.sync_now_action, self.enrol_action, self.details_action):
            action.setEnabled(online)
        self.returns_action.setEnabled(unlocked)

    def _round_finished(self, report) -> None:
        if getattr(self.window, "hearing_page", None) is None:
            # Assignments add cases and returns change a case's state: refresh the list
            # when it is on screen.
            if self.window.worker:
                self.window.reload_cases()
        elif report.returns:
            self.window.show_returns_of_open_hearing()  # a return for the open hearing?


def _delete_on_close(dialog) -> None:
    """A dialog that listens to the controller goes once closed. (``Qt`` imported here: this
    module loads at start-up, and PySide builds the whole namespace on first use.)"""
    from PySide6.QtCore import Qt

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
