"""The first screen: choose a profile and unlock it, create one, or try the demo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.operations.demo_profile import DEMO_NAME, DEMO_PASSPHRASE
from app.store import ProfileInfo
from app.ui.buttons import return_clicks


class UnlockPage(QWidget):
    unlock_requested = Signal(str, str)  # profile id, passphrase
    create_requested = Signal(str, str)  # interviewer name, passphrase
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self._labels: dict[str, QLabel] = {}
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 20px; font-weight: bold; margin-bottom: 12px;")
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)

        self.profile_box = QComboBox()
        self.profile_box.currentIndexChanged.connect(lambda _i: self._show_demo_notice())
        # The demo profile's passphrase stays in view (it guards only invented data) until
        # the interviewer hides it.
        self.demo_notice = QLabel()
        self.demo_notice.setObjectName("demoNotice")
        self.demo_notice.setWordWrap(True)
        self.demo_hide = QPushButton()
        self.demo_hide.setObjectName("demoNoticeHide")
        self.demo_hide.clicked.connect(self.dismiss_demo_notice)
        self._demo_dismissed = False
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.show_create_form)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.demo_requested)
        return_clicks(self.demo_hide, self.unlock_button, self.new_button, self.demo_button)

        unlock_form = QWidget()
        self.unlock_layout = QFormLayout(unlock_form)
        self.unlock_layout.addRow(self._label("profile_box"), self.profile_box)
        self.unlock_layout.addRow(self._label("passphrase"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        self.unlock_layout.addRow(buttons)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_notice, 1)
        demo_row.addWidget(self.demo_hide)
        self.unlock_layout.addRow(demo_row)

        self.forms = QStackedWidget()
        self.forms.addWidget(unlock_form)
        # The create form is built when first asked for: the unlock window appears faster
        # (bench/bench_startup.py), and most starts only unlock.
        self.new_name: QLineEdit | None = None
        self.new_pass: QLineEdit | None = None
        self.new_pass2: QLineEdit | None = None
        self.create_button: QPushButton | None = None
        self.back_button: QPushButton | None = None

        column = QWidget()
        column.setFixedWidth(520)
        inner = QVBoxLayout(column)
        inner.addWidget(self.title)
        inner.addWidget(self.forms)
        inner.addWidget(self.message)
        self.damaged = QLabel()  # profile folders whose profile.json cannot be read
        self.damaged.setObjectName("damagedProfiles")
        self.damaged.setWordWrap(True)
        self.damaged.setStyleSheet("color: #b00020;")
        self.damaged.hide()
        self._damaged_names: list[str] = []
        inner.addWidget(self.damaged)
        # Centred by stretches rather than an alignment flag: the first use of the ``Qt``
        # namespace costs ~15 ms (all its enums), a tenth of the start-up budget.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column)
        centred.addStretch(1)
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addLayout(centred)
        box.addStretch(2)
        self.retranslate()

    def show_create_form(self) -> None:
        if self.create_button is None:
            self._build_create_form()
        self.forms.setCurrentIndex(1)
        self.new_name.setFocus()

    def _build_create_form(self) -> None:
        self.new_name = QLineEdit()
        self.new_pass = QLineEdit()
        self.new_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass2 = QLineEdit()
        self.new_pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass2.returnPressed.connect(self._create)
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self._create)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(lambda: self.forms.setCurrentIndex(0))
        create_form = QWidget()
        layout = QFormLayout(create_form)
        layout.addRow(self._label("new_name"), self.new_name)
        layout.addRow(self._label("new_pass"), self.new_pass)
        layout.addRow(self._label("new_pass2"), self.new_pass2)
        row = QHBoxLayout()
        return_clicks(self.create_button, self.back_button)
        row.addWidget(self.create_button)
        row.addWidget(self.back_button)
        layout.addRow(row)
        self.forms.addWidget(create_form)
        self.retranslate()

    def _label(self, name: str) -> QLabel:
        label = self._labels[name] = QLabel()
        return label

    def retranslate(self) -> None:
        self.title.setText(self.tr("ASA – Assistant for hearings"))
        self._labels["profile_box"].setText(self.tr("Profile"))
        self._labels["passphrase"].setText(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.new_button.setText(self.tr("New profile…"))
        self.demo_button.setText(self.tr("Create demo profile"))
        self._word_damaged()
        self.demo_notice.setText(
            self.tr("Demo profile: its passphrase is %1").replace("%1", DEMO_PASSPHRASE)
        )
        self.demo_hide.setText(self.tr("Hide"))
        if self.create_button is None:
            return
        self._labels["new_name"].setText(self.tr("Interviewer name"))
        self._labels["new_pass"].setText(self.tr("Passphrase"))
        self._labels["new_pass2"].setText(self.tr("Repeat passphrase"))
        self.create_button.setText(self.tr("Create profile"))
        self.back_button.setText(self.tr("Back"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state -----------------------------------------------------------------------------

    def set_profiles(self, profiles: list[ProfileInfo], selected: str = "") -> None:
        self.profile_box.clear()
        for p in profiles:
            self.profile_box.addItem(p.name, p.id)
        index = self.profile_box.findData(selected)
        self.profile_box.setCurrentIndex(max(index, 0))
        has_profiles = bool(profiles)
        self.demo_button.setVisible(not has_profiles)
        self.forms.setCurrentIndex(0 if has_profiles else self.forms.currentIndex())
        self.unlock_button.setEnabled(has_profiles)
        self.passphrase.setEnabled(has_profiles)
        self._show_demo_notice()

    def _show_demo_notice(self) -> None:
        shown = self.profile_box.currentText() == DEMO_NAME and not self._demo_dismissed
        self.demo_notice.setVisible(shown)
        self.demo_hide.setVisible(shown)

    def dismiss_demo_notice(self) -> None:
        self._demo_dismissed = True
        self._show_demo_notice()
        self.passphrase.setFocus()

    def set_damaged(self, folders: list[str]) -> None:
        """Name the profile folders that cannot be offered (their profile.json is damaged)."""
        self._damaged_names = list(folders)
        self._word_damaged()
        self.damaged.setVisible(bool(folders))

    def _word_damaged(self) -> None:
        if not self._damaged_names:
            return
        self.damaged.setText(
            self.tr(
                "Damaged profile (cannot be unlocked): %1. Do not delete the folder. Support "
                "can restore its profile.json from a backup or rebuild it with the "
                "organisation's recovery key; `asa profiles list` names the damage."
            ).replace("%1", ", ".join(self._damaged_names))
        )

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setProperty("error", error)
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def set_busy(self, busy: bool) -> None:
        for w in (self.unlock_button, self.create_button, self.demo_button, self.passphrase):
            if w is not None:
                w.setDisabled(busy)
        if not busy and self.forms.currentIndex() == 0 and self.passphrase.isEnabled():
            # The field lost the focus while it was disabled: give it back, with what was
            # typed selected, so a wrong passphrase is simply typed over (and Enter does not
            # send the wrong one again into nowhere).
            self.passphrase.setFocus()
            self.passphrase.selectAll()

    def reset(self) -> None:
        """Forget everything typed: used when locking."""
        for field in (self.passphrase, self.new_pass, self.new_pass2):
            if field is not None:
                field.clear()
        self.set_busy(False)
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        profile_id = self.profile_box.currentData()
        if profile_id:
            self.unlock_requested.emit(profile_id, self.passphrase.text())

    def _create(self) -> None:
        if self.new_pass.text() != self.new_pass2.text():
            self.show_message(self.tr("The two passphrases differ."), error=True)
            return
        self.create_requested.emit(self.new_name.text(), self.new_pass.text())
