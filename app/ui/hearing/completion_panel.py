"""Completion: read-back section by section, corrections, notices, sealing, addenda, export."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import readback
from app.domain.hearing import Hearing, HearingState
from app.domain.notices import NOTICES, notice_title
from app.ui.buttons import return_clicks
from app.ui.hearing.readback_model import ReadbackModel, SectionStartRole
from app.ui.padded_rows import PaddedRows


class CompletionPanel(QWidget):
    start_readback = Signal()
    resume_hearing = Signal()
    confirm_section = Signal(int)  # section start
    section_selected = Signal(tuple)  # the entry numbers of the section being read back
    correct_requested = Signal(int)  # section start: the page asks which entry and what wording
    notice_requested = Signal(str)  # notice id
    seal_requested = Signal()
    addendum_requested = Signal()
    seal_addenda_requested = Signal()
    export_requested = Signal(str)  # "docx" or "pdf"

    def __init__(self, hearing: Hearing, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("completionPanel")
        self.hearing = hearing
        self.language = language
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start_readback)
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self.resume_hearing)
        self.model = ReadbackModel(hearing, self)
        self.sections = QListView()
        self.sections.setObjectName("readbackSections")
        self.sections.setModel(self.model)
        self.sections.setWordWrap(True)
        self.sections.setItemDelegate(PaddedRows(self.sections))
        self.sections.selectionModel().currentChanged.connect(self._section_changed)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(lambda: self._with_section(self.confirm_section))
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(lambda: self._with_section(self.correct_requested))
        self.notices_box = QGroupBox()
        notices_layout = QVBoxLayout(self.notices_box)
        self.notice_buttons: dict[str, QPushButton] = {}
        for notice in NOTICES:
            button = QPushButton()
            button.setObjectName(f"notice_{notice.id}")
            button.clicked.connect(lambda _c=False, nid=notice.id: self.notice_requested.emit(nid))
            notices_layout.addWidget(button)
            self.notice_buttons[notice.id] = button
        self.seal_button = QPushButton()
        self.seal_button.setObjectName("sealButton")
        self.seal_button.clicked.connect(self.seal_requested)
        self.addendum_button = QPushButton()
        self.addendum_button.clicked.connect(self.addendum_requested)
        self.seal_addenda_button = QPushButton()
        self.seal_addenda_button.clicked.connect(self.seal_addenda_requested)
        self.docx_button = QPushButton()
        self.docx_button.clicked.connect(lambda: self.export_requested.emit("docx"))
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))

        section_buttons = QHBoxLayout()
        section_buttons.addWidget(self.confirm_button)
        section_buttons.addWidget(self.correct_button)
        export_buttons = QHBoxLayout()
        export_buttons.addWidget(self.docx_button)
        export_buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.start_button)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.sections, 1)
        layout.addLayout(section_buttons)
        layout.addWidget(self.notices_box)
        layout.addWidget(self.seal_button)
        layout.addWidget(self.addendum_button)
        layout.addWidget(self.seal_addenda_button)
        layout.addLayout(export_buttons)
        return_clicks(*self.findChildren(QPushButton))  # keyboard alone, through a hearing
        self.retranslate()

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start read-back (Ctrl+Shift+R)"))
        self.resume_button.setText(self.tr("Back to questioning"))
        self.confirm_button.setText(self.tr("Section confirmed (Ctrl+Shift+A)"))
        self.correct_button.setText(self.tr("Record correction…"))
        self.notices_box.setTitle(self.tr("Notices and closing statements"))
        self.seal_button.setText(self.tr("Seal transcript…"))
        self.addendum_button.setText(self.tr("Add addendum…"))
        self.seal_addenda_button.setText(self.tr("Seal addenda (new version)"))
        self.docx_button.setText(self.tr("Export DOCX"))
        self.pdf_button.setText(self.tr("Export PDF"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        h = self.hearing
        self.model.refresh()
        state = h.state
        done, total = readback.progress(h)
        if state == HearingState.IN_PROGRESS:
            text = self.tr("Hearing in progress. Read-back: %1 of %2 sections.")
        elif state == HearingState.READBACK:
            text = self.tr("Read-back under way: %1 of %2 sections done.")
        else:
            text = self.tr("Sealed (version %3). Content hash: %4")
        seal = h.seals[-1] if h.seals else None
        self.status.setText(
            text.replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", str(seal.version if seal else ""))
            .replace("%4", seal.content_hash[:16] + "…" if seal else "")
        )
        in_readback = state == HearingState.READBACK
        self.start_button.setVisible(state == HearingState.IN_PROGRESS)
        self.resume_button.setVisible(in_readback)
        for w in (self.sections, self.confirm_button, self.correct_button):
            w.setEnabled(in_readback)
        given = h.notices_given()
        focused = self.window().focusWidget()  # before a button given now is disabled
        for notice_id, button in self.notice_buttons.items():
            title = notice_title(notice_id, self.language)
            mark = "✓ " if notice_id in given else ""
            button.setText(mark + title)
            button.setEnabled(not h.sealed and notice_id not in given)
        self.seal_button.setVisible(not h.sealed)
        self.seal_button.setEnabled(in_readback)
        self.addendum_button.setVisible(h.sealed)
        self.seal_addenda_button.setVisible(bool(h.unsealed_addenda()))
        if focused in self.notice_buttons.values() and not focused.isEnabled():
            self._focus_after(focused)

    def _focus_after(self, given: QPushButton) -> None:
        """A notice just given disables its button. Qt passes the focus on while the notice
        dialog is still the active window, so the focus frame is not drawn (after a click it
        never is) and the interviewer no longer sees where the keys go. The next notice still
        to give gets the focus, else sealing or starting the read-back, with the frame shown
        as after Tab."""
        buttons = list(self.notice_buttons.values())
        start = buttons.index(given)
        after = [self.seal_button, self.start_button, self.sections]
        candidates = buttons[start + 1 :] + buttons[:start] + after
        for widget in candidates:
            if widget.isEnabled() and widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                # What Qt sets on Tab: styles draw the focus frame only with it.
                self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
                widget.update()
                return

    def _with_section(self, signal) -> None:
        index = self.sections.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        if index.isValid():
            signal.emit(index.data(SectionStartRole))

    def select_next_pending(self) -> None:
        """The next section to read back: never read back, or changed since."""
        for row in range(self.model.rowCount()):
            if not self.model.section_at(row).status.done:
                self.sections.setCurrentIndex(self.model.index(row))
                return

    def confirm_current(self) -> None:
        if self.hearing.state == HearingState.READBACK:
            self._with_section(self.confirm_section)

    def _section_changed(self, current, _previous) -> None:
        if current.isValid():
            self.section_selected.emit(self.model.section_at(current.row()).entry_numbers)
