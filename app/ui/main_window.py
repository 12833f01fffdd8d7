"""The main window: unlock → case list → hearing, with the save state always in view.

It owns the profile manager and the database worker of the unlocked profile, and it locks:
after the idle time (or Ctrl+L) the key is dropped with the database connection, every
screen that showed case data is cleared, and the passphrase is needed to go on.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QStackedWidget

from app.store.profiles import ProfileError, ProfileManager
from app.ui import i18n, tasks
from app.ui.idle import IdleWatcher
from app.ui.profile_errors import profile_error_text
from app.ui.settings import (
    AUTO_LOCK_MINUTES,
    HEARING_PANELS,
    LANGUAGE,
    LAST_PROFILE,
    SKELETON,
    Settings,
)
from app.ui.unlock_page import UnlockPage

log = logging.getLogger(__name__)  # events and error types only: never names or testimony

if TYPE_CHECKING:
    from app.store.worker import DbWorker
    from app.ui.cases.page import CaseListPage
    from app.ui.hearing.page import HearingPage


# The unlock window must appear fast (bench/bench_startup.py): what only an unlocked profile
# needs (SQLCipher, skeletons, the hearing screen, export) is imported where first used.


class MainWindow(QMainWindow):
    unlocked = Signal(bool)  # the previous session ended abnormally
    locked = Signal()
    cases_loaded = Signal()
    hearing_opened = Signal(object)  # the HearingPage

    def __init__(self, profiles: ProfileManager, settings: Settings, deployment=None):
        super().__init__()
        self.profiles = profiles
        self.settings = settings
        self.language = settings.get(LANGUAGE)
        self.worker: DbWorker | None = None
        self.profile = None
        self._ending = False  # the system ends the process: nothing can be refused
        self.hearing_page: HearingPage | None = None
        self.resume_hearing_id: str | None = None

        self.unlock_page = UnlockPage()
        self.unlock_page.unlock_requested.connect(self.unlock)
        self.unlock_page.create_requested.connect(self.create_profile)
        self.unlock_page.demo_requested.connect(self.create_demo)
        self.case_page: CaseListPage | None = None  # made at the first unlock
        self.pages = QStackedWidget()
        self.pages.addWidget(self.unlock_page)
        self.setCentralWidget(self.pages)

        # The status bar (save state, sync) is made at the first unlock: before it there is
        # nothing to show in it, and QStatusBar costs ~5 ms of start-up.
        self.save_label: QLabel | None = None
        self._menus()
        # Sync (docs/sync-desktop.md): menu, status-bar widget; a controller per unlock.
        # ``deployment`` None: looked up (app.deployment); without a file sync is off.
        from app.ui.sync.wiring import SyncUi

        self.sync_ui = SyncUi(self, deployment)
        self.idle = IdleWatcher(settings.auto_lock_minutes(), self)
        self.idle.idle.connect(lambda: self.lock(self.tr("Locked after inactivity.")))
        self.resize(1280, 800)
        self.retranslate()
        self.show_unlock()

    def _build_unlocked_ui(self) -> None:
        """The status bar and the case list, made at the first unlock."""
        if self.case_page is not None:
            return
        from app.ui.cases.page import CaseListPage

        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_label)
        page = self.case_page = CaseListPage()
        page.new_case_requested.connect(self.ask_new_case)
        page.open_case_requested.connect(self.open_case)
        page.lock_requested.connect(lambda: self.lock(self.tr("Locked.")))
        self.pages.addWidget(page)

    # --- menus and language -----------------------------------------------------------------

    def _menus(self) -> None:
        self.lock_action = QAction(self)
        # setShortcuts, not setShortcut: resolving setShortcut's overloads builds the whole
        # ``Qt`` namespace (~15 ms, a tenth of the start-up budget).
        self.lock_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.lock_action.triggered.connect(lambda: self.lock(self.tr("Locked.")))
        self.addAction(self.lock_action)
        self.look_up_menu = self.menuBar().addMenu("")
        self.country_info_action = self.look_up_menu.addAction("")
        self.country_info_action.setShortcuts([QKeySequence("Ctrl+Shift+L")])
        self.country_info_action.triggered.connect(self.show_country_info)
        self.country_info_action.setEnabled(False)  # with a profile unlocked
        self.settings_menu = self.menuBar().addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.auto_lock_action = self.settings_menu.addAction("")
        self.auto_lock_action.triggered.connect(self.ask_auto_lock)
        self.passphrase_action = self.settings_menu.addAction("")
        self.passphrase_action.triggered.connect(self.ask_passphrase_change)
        self.passphrase_action.setEnabled(False)  # for the unlocked profile only

    def show_country_info(self) -> None:
        if self.hearing_page is not None:
            self.hearing_page.show_country_info()
            return
        from app.ui.country_info.panel import open_country_info_dialog

        open_country_info_dialog(self)

    def ask_auto_lock(self) -> None:
        from app.ui.auto_lock_dialog import AutoLockDialog

        dialog = AutoLockDialog(
            self.settings.auto_lock_minutes(), self.settings.auto_lock_limit(), self
        )
        dialog.accepted.connect(lambda: self.set_auto_lock(dialog.value()))
        dialog.open()

    def set_auto_lock(self, minutes: int) -> None:
        self.settings.set(AUTO_LOCK_MINUTES, minutes)
        self.idle.set_minutes(self.settings.auto_lock_minutes())  # a running count restarts

    def ask_passphrase_change(self) -> None:
        from app.ui.passphrase_dialog import PassphraseDialog

        profile = self.profile

        def change(current: str, new: str):
            return tasks.in_background(self.profiles.change_passphrase, profile, current, new)

        dialog = PassphraseDialog(change, self)
        dialog.accepted.connect(self._passphrase_changed)
        dialog.open()

    def _passphrase_changed(self) -> None:
        from app.operations.profile import record_passphrase_changed

        log.info("passphrase changed")
        self.statusBar().showMessage(self.tr("The passphrase was changed."), 8000)
        if self.worker is not None:
            tasks.run(self.worker.submit(record_passphrase_changed), None, self._show_error)

    def set_language(self, code: str) -> None:
        self.language = code
        self.settings.set(LANGUAGE, code)
        i18n.set_language(code)  # widgets get a LanguageChange event and retranslate

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ASA – Assistant for hearings"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.auto_lock_action.setText(self.tr("Automatic lock…"))
        self.passphrase_action.setText(self.tr("Change passphrase…"))
        self.lock_action.setText(self.tr("Lock"))
        self.look_up_menu.setTitle(self.tr("&Look up"))
        self.country_info_action.setText(self.tr("Country information…"))

    # --- unlock ----------------------------------------------------------------------------

    def show_unlock(self, message: str = "") -> None:
        self.unlock_page.reset()
        self.unlock_page.set_profiles(self.profiles.list(), self.settings.get(LAST_PROFILE))
        self.unlock_page.set_damaged([d.folder.name for d in self.profiles.damaged()])
        if message:
            self.unlock_page.show_message(message)
        elif not self.profiles.list():
            self.unlock_page.show_message(
                self.tr(
                    "No profile yet. Create your own profile, or a demo profile with an invented "
                    "case to look around."
                )
            )
        self.pages.setCurrentWidget(self.unlock_page)
        if self.save_label is not None:
            self.save_label.clear()

    def unlock(self, profile_id: str, passphrase: str) -> None:
        try:
            profile = self.profiles.get(profile_id)
        except ProfileError as exc:
            self.unlock_page.show_message(profile_error_text(exc), error=True)
            return
        self.unlock_page.set_busy(True)
        self.unlock_page.show_message(self.tr("Unlocking…"))
        tasks.run(
            tasks.in_background(self.profiles.unlock, profile, passphrase),
            lambda key: self._open_profile(profile, key),
            self._unlock_failed,
        )

    def _unlock_failed(self, error: BaseException) -> None:
        self.unlock_page.set_busy(False)
        self.unlock_page.passphrase.selectAll()
        text = profile_error_text(error) or self.tr("The profile could not be opened: %1").replace(
            "%1", str(error)
        )
        self.unlock_page.show_message(text, error=True)
        log.info("unlock refused: %s", type(error).__name__)

    def _open_profile(self, profile, key, then=None) -> None:
        from app.store.worker import DbWorker

        self.profile = profile
        self.settings.set(LAST_PROFILE, profile.id)
        self.worker = DbWorker()

        def opened(abnormal: bool) -> None:
            log.info("profile unlocked%s", " after an abnormal end" if abnormal else "")
            self._build_unlocked_ui()
            self.unlock_page.reset()
            self.unlock_page.show_message("")
            self.case_page.show_abnormal_end(abnormal)
            self.pages.setCurrentWidget(self.case_page)
            self.idle.start()
            self.passphrase_action.setEnabled(True)
            self.country_info_action.setEnabled(True)
            self.sync_ui.start(self.worker)  # sync: starts in the background
            self.unlocked.emit(abnormal)
            if then:
                then()
            elif self.resume_hearing_id:
                self.open_hearing(self.resume_hearing_id)
            self.reload_cases()

        tasks.run(
            self.worker.open(str(profile.database), key, profile.name), opened, self._unlock_failed
        )

    def create_profile(self, name: str, passphrase: str) -> None:
        try:
            profile, key = self.profiles.create(name, passphrase)
        except ProfileError as exc:
            self.unlock_page.show_message(profile_error_text(exc), error=True)
            return
        self._open_profile(profile, key)

    def create_demo(self) -> None:
        from app.operations.demo import create_demo_content
        from app.operations.demo_profile import DEMO_NAME, DEMO_PASSPHRASE

        profile, key = self.profiles.create(DEMO_NAME, DEMO_PASSPHRASE)
        self.unlock_page.show_message(
            self.tr("Demo profile created. Its passphrase is: %1").replace("%1", DEMO_PASSPHRASE)
        )

        def fill() -> None:
            tasks.run(self.worker.submit(create_demo_content), lambda _hid: self.reload_cases())

        self._open_profile(profile, key, then=fill)

    # --- cases and hearings ------------------------------------------------------------------

    def show_returns_of_open_hearing(self) -> None:
        """The supervisor's comments that the open hearing has yet to answer, in its banner
        (on opening, and when a sync round brings a return while it is open)."""
        from app.store.sync_downsync import open_returns  # after unlock: not at start-up

        page = self.hearing_page
        if page is None or not self.worker:
            return
        hearing_id = page.hearing.id
        returns = self.worker.submit(lambda store: open_returns(store, hearing_id))
        tasks.run(returns, page.return_banner.show_returns, lambda _error: None)

    def reload_cases(self) -> None:
        from app.operations.cases import list_cases

        if self.worker:
            tasks.run(self.worker.submit(list_cases), self._cases_loaded, self._show_error)

    def _cases_loaded(self, rows) -> None:
        self.case_page.set_rows(rows)
        self.cases_loaded.emit()

    def ask_new_case(self) -> None:
        from app.ui.cases.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self)
        dialog.accepted.connect(lambda: self._create_case(*dialog.values()))
        dialog.open()

    def _create_case(self, reference, applicant) -> None:
        from app.operations.cases import create_case

        tasks.run(
            self.worker.submit(lambda s: create_case(s, reference, applicant)),
            lambda _c: self.reload_cases(),
            self._show_error,
        )

    def open_case(self, case_id: str) -> None:
        """Continue the case's latest hearing, or start one."""

        def found(hearings) -> None:
            if hearings:
                self.open_hearing(hearings[0][0])
            else:
                self.ask_start_hearing(case_id)

        tasks.run(
            self.worker.submit(lambda s: s.hearings.ids_for_case(case_id)), found, self._show_error
        )

    def ask_start_hearing(self, case_id: str) -> None:
        from app.skeletons import builtin_skeletons
        from app.ui.cases.start_hearing_dialog import StartHearingDialog

        dialog = StartHearingDialog(
            builtin_skeletons(), self.language, self.settings.get(SKELETON), self
        )
        dialog.accepted.connect(lambda: self.start_hearing(case_id, **dialog.values()))
        dialog.open()

    def start_hearing(
        self,
        case_id: str,
        skeleton_id: str,
        interpreter: str = "",
        language: str = "",
        place: str = "",
    ) -> None:
        self.settings.set(SKELETON, skeleton_id)
        name = self.profile.name
        from app.operations.hearings import start_hearing

        def job(store):
            return start_hearing(store, case_id, skeleton_id, name, interpreter, language, place).id

        tasks.run(self.worker.submit(job), self.open_hearing, self._show_error)

    def open_hearing(self, hearing_id: str) -> None:
        from app.operations.hearings import load_for_editing

        tasks.run(
            self.worker.submit(lambda s: load_for_editing(s, hearing_id)),
            self._show_hearing,
            self._show_error,
        )

    def _show_hearing(self, loaded) -> None:
        from app.operations.hearing_session import HearingSession
        from app.skeletons import get_skeleton
        from app.ui.hearing.page import HearingPage

        case, hearing, notes, key, key_id = loaded
        self.close_hearing()
        session = HearingSession(case, hearing, self.worker.submit, key, key_id, tasks.next_turn)
        page = HearingPage(
            session,
            get_skeleton(hearing.skeleton_id),
            notes,
            self.language,
            panel_sizes=self.settings.get(HEARING_PANELS),
        )
        page.save_state_changed.connect(self._save_state)
        page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        page.close_requested.connect(self.back_to_cases)
        page.sealed.connect(self.sync_ui.transcript_sealed)
        self.hearing_page = page
        self.show_returns_of_open_hearing()
        self.resume_hearing_id = hearing.id
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        page.editor.focus_answer()
        self._save_state("saved", page.tr("All changes saved"))
        self.hearing_opened.emit(page)

    def _refuse_if_unsaved(self) -> bool:
        """True (and the interviewer told why) when the open hearing has a write that did not
        reach the disk: closing it now would lose what is only in memory."""
        if self.hearing_page is None:
            return False
        reason = self.hearing_page.settle_writes()
        if reason is None:
            return False
        log.warning("leaving refused: a write is not stored")
        self.statusBar().showMessage(
            self.tr(
                "Not everything is saved (%1). The hearing stays open; ASA keeps retrying."
            ).replace("%1", reason),
            15000,
        )
        return True

    def close_hearing(self) -> None:
        page, self.hearing_page = self.hearing_page, None
        if page is not None:
            self.settings.set(HEARING_PANELS, page.panel_sizes())
            page.flush()
            page.session.on_save_state = None
            self.pages.removeWidget(page)
            page.deleteLater()

    def back_to_cases(self) -> None:
        if self._refuse_if_unsaved():
            return
        self.close_hearing()
        self.resume_hearing_id = None
        self.pages.setCurrentWidget(self.case_page)
        self.reload_cases()

    def _save_state(self, state: str, text: str) -> None:
        if state == "error" and self.save_label.property("state") != "error":
            log.warning("a write failed; retrying")
        colors = {"saved": "#1e7e34", "saving": "#8a6d00", "error": "#b00020"}
        color = f"color: {colors[state]}; " if state in colors else ""  # else the theme's text
        self.save_label.setStyleSheet(f"{color}font-weight: bold;")
        self.save_label.setText(text)
        self.save_label.setProperty("state", state)

    def _show_error(self, error: BaseException) -> None:
        self.statusBar().showMessage(str(error), 10000)

    # --- locking ---------------------------------------------------------------------------

    def lock(self, message: str = "", force: bool = False) -> None:
        """Drop the key and clear every screen that showed case data. Refused (the hearing
        stays open, the idle lock re-armed) while a write has not reached the disk, unless
        ``force``d by the session ending."""
        if self.worker is None:
            return
        if not force and self._refuse_if_unsaved():
            self.idle.start()
            return
        self.idle.stop()
        self.passphrase_action.setEnabled(False)
        self.country_info_action.setEnabled(False)
        for dialog in self.findChildren(QDialog):  # what they show or hold goes with the key
            dialog.reject()
        self.sync_ui.stop()  # sync: no new round; a running one ends on the closed store
        self.close_hearing()
        if self.case_page is not None:
            self.case_page.clear()
        worker, self.worker = self.worker, None
        worker.shutdown()  # runs every queued write first, then closes the database
        log.info("locked")
        self.locked.emit()
        self.show_unlock(message)

    def closeEvent(self, event) -> None:
        if not self._ending and self._refuse_if_unsaved():
            event.ignore()
            return
        self.close_profile()
        super().closeEvent(event)

    def close_profile(self) -> None:
        """The end of the process (window closed, SIGTERM, logout): what is queued is written,
        the profile marked closed cleanly, the key dropped with the connection. Idempotent."""
        self.resume_hearing_id = None
        self.sync_ui.stop()  # sync: before the database closes
        if self.worker is not None:
            self.close_hearing()
            worker, self.worker = self.worker, None
            worker.shutdown()

    def shut_down(self) -> None:
        """The system ends the process (SIGTERM, SIGINT, logout): no question can be asked.
        Every write is tried once more and waited for, then the profile closes cleanly."""
        self._ending = True
        if self.hearing_page is not None and self.hearing_page.settle_writes(5.0) is not None:
            log.warning("ending with a write not stored")
        self.close_profile()
        log.info("ended by the system")
