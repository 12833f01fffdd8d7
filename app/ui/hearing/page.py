"""The hearing screen: skeleton and progress, transcript, entry editor, side panels.

Keys (no mouse needed): Ctrl+Return next standard question · Ctrl+Shift+Return free
follow-up question · Ctrl+M remark of a participant · Ctrl+PgUp/PgDown previous/next entry ·
Ctrl+B break · Ctrl+Shift+R read-back · Ctrl+1/2/3 side panels · Ctrl+5 case file.
Every keystroke is handed to the database thread at once; the status line says whether all
of it is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import office_time
from app.domain.errors import DomainError
from app.domain.hearing import HearingState
from app.domain.persons import interpreter_sex
from app.domain.transcript import EntryKind, Speaker
from app.operations.hearing_session import HearingSession
from app.skeletons import Skeleton
from app.ui import i18n, tasks
from app.ui.assistant.panel import AssistantPanel
from app.ui.case_file.glue import CaseFileGlue
from app.ui.case_file.panel import CaseFilePanel
from app.ui.country_info.panel import CountryInfoPanel
from app.ui.domain_text import translated, unsaved_text
from app.ui.hearing.assistant_glue import AssistantGlue
from app.ui.hearing.completion_actions import CompletionActions
from app.ui.hearing.completion_panel import CompletionPanel
from app.ui.hearing.dialogs import ParticipantsDialog
from app.ui.hearing.editor import EntryEditor, plain_editor
from app.ui.hearing.return_banner import ReturnBanner
from app.ui.hearing.skeleton_model import QuestionIdRole, SkeletonModel
from app.ui.hearing.spelling import SpellingGlue
from app.ui.hearing.transcript_model import NumberRole, TranscriptDelegate, TranscriptModel
from app.ui.padded_rows import PaddedRows
from app.ui.wrapped_list import WrappedListView

RETRY_MS = 2000
DEFAULT_PANELS = [250, 600, 450]  # skeleton, transcript, side: the questions need room to wrap


def _sizes(text: str) -> list[int]:
    """Remembered panel widths, or [] when there are none (or they make no sense)."""
    try:
        sizes = [int(part) for part in text.split(",")]
    except ValueError:
        return []
    return sizes if len(sizes) == 3 and all(s >= 0 for s in sizes) and sizes[1] > 0 else []


class HearingPage(QWidget):
    save_state_changed = Signal(str, str)  # state ("saved", "saving", "error"), message
    message = Signal(str)  # something the status bar should say
    close_requested = Signal()
    exported = Signal(str)  # path of the written file
    sealed = Signal()  # a sealed version is on disk: the sync may send it now
    entry_text_changed = Signal(int)  # entry number: for the assistant
    _save_state_ping = Signal()

    def __init__(
        self,
        session: HearingSession,
        skeleton: Skeleton,
        notes: str,
        ui_language: str = "de",
        transcript_language: str = "de",
        panel_sizes: str = "",
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("hearingPage")
        self.session = session
        self._save_state_shown: tuple[str, str] | None = None  # as last told the window
        self.skeleton = skeleton
        self.ui_language = ui_language
        self.transcript_language = transcript_language  # the Niederschrift's language
        self.hearing = session.hearing

        self.header = QLabel()
        self.header.setObjectName("hearingHeader")
        self.header.setWordWrap(True)
        self.return_banner = ReturnBanner()
        self.sealed.connect(self.return_banner.hide)  # the new version answers the return
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.close_requested)
        self.break_button = QPushButton()
        self.break_button.clicked.connect(self.toggle_break)
        self.participants_button = QPushButton()
        self.participants_button.clicked.connect(self.ask_participants)

        self.skeleton_model = SkeletonModel(skeleton, ui_language, self)
        self.skeleton_view = WrappedListView()
        self.skeleton_view.setObjectName("skeletonView")
        self.skeleton_view.setModel(self.skeleton_model)
        self.skeleton_view.setItemDelegate(PaddedRows(self.skeleton_view))
        self.skeleton_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.skeleton_view.activated.connect(self._skeleton_activated)
        self.skeleton_view.clicked.connect(self._skeleton_activated)
        self.progress = QLabel()
        self.progress.setObjectName("skeletonProgress")

        self.transcript_model = TranscriptModel(self.hearing, self)
        self.transcript_view = WrappedListView()
        self.transcript_view.setObjectName("transcriptView")
        self.transcript_view.setModel(self.transcript_model)
        self.transcript_view.setItemDelegate(TranscriptDelegate(self.transcript_view))
        self.transcript_view.setAlternatingRowColors(True)
        self.transcript_view.activated.connect(self._transcript_activated)
        self.transcript_view.clicked.connect(self._transcript_activated)

        self.editor = EntryEditor()
        self.editor.edited.connect(self._typed)
        self.editor.speaker.activated.connect(self._speaker_changed)

        self.completion = CompletionPanel(self.hearing, ui_language)
        self.completion_actions = CompletionActions(self)
        self.notes = plain_editor("notesEdit")
        self.notes.setPlainText(notes)
        self.notes.textChanged.connect(self._notes_changed)
        self.assistant_panel = AssistantPanel()
        self.side = QTabWidget()
        # Every tab stays in sight: on a narrow panel labels are shortened, never scrolled away.
        self.side.setUsesScrollButtons(False)
        self.side.setElideMode(Qt.TextElideMode.ElideRight)
        self.side.setObjectName("sidePanels")
        self.side.addTab(self.assistant_panel, "")
        self.side.addTab(self.completion, "")
        self.side.addTab(self.notes, "")
        self.country_info = CountryInfoPanel(ui_language)
        self.side.addTab(self.country_info, "")
        self.case_file = CaseFilePanel()
        self.side.addTab(self.case_file, "")
        self.side.currentChanged.connect(
            lambda index: (
                index == 3
                and self.country_info.info is None
                and self.country_info.load(
                    self.hearing.pack_versions, self.session.case.applicant.nationality
                )
            )
        )

        self._build_layout(panel_sizes)
        self._shortcuts()
        self._save_state_ping.connect(self._update_save_state)
        session.on_save_state = self._save_state_ping.emit  # called on the DB thread
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._retry_unsaved)
        self.assistant = AssistantGlue(self, self.assistant_panel)
        self.case_file_glue = CaseFileGlue(self, self.case_file)
        self.spelling = SpellingGlue(self)
        self.retranslate()
        self._refresh_all()
        self._open_initial_entry()
        self.assistant.start()

    # --- layout -------------------------------------------------------------------------------

    def _build_layout(self, panel_sizes: str) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.skeleton_view, 1)
        center = QSplitter(Qt.Orientation.Vertical)
        center.addWidget(self.transcript_view)
        center.addWidget(self.editor)
        center.setStretchFactor(0, 3)
        center.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes(_sizes(panel_sizes) or DEFAULT_PANELS)
        splitter.setCollapsible(1, False)  # the transcript never disappears; the sides may
        self.splitter = splitter
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.participants_button)
        top.addWidget(self.break_button)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.return_banner)
        layout.addWidget(splitter, 1)

    def _shortcuts(self) -> None:
        keys = {
            "Ctrl+Return": self.next_question,
            "Ctrl+Shift+Return": self.add_free_question,
            "Ctrl+M": self.add_remark,
            "Ctrl+PgDown": lambda: self.step_entry(+1),
            "Ctrl+PgUp": lambda: self.step_entry(-1),
            "Ctrl+B": self.toggle_break,
            "Ctrl+Shift+R": lambda: self.completion_actions.start_readback(),
            "Ctrl+Shift+A": lambda: self.completion.confirm_current(),
            "Ctrl+1": lambda: self._side(0),
            "Ctrl+2": lambda: self._side(1),
            "Ctrl+3": lambda: self._side(2),
            "Ctrl+4": self.show_country_info,
            "Ctrl+5": lambda: self._side(4),
            "Ctrl+0": self.toggle_side_panels,
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def show_section(self, numbers: tuple[int, ...]) -> None:
        """The section being read back, selected and in view in the transcript."""
        selection = QItemSelection()
        for number in numbers:
            index = self.transcript_model.index(self.transcript_model.row_of(number))
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.transcript_view.selectionModel().select(selection, flags)
        last = self.transcript_model.index(self.transcript_model.row_of(numbers[-1]))
        first = self.transcript_model.index(self.transcript_model.row_of(numbers[0]))
        self.transcript_view.scrollTo(last)
        self.transcript_view.scrollTo(first)  # the section's start on screen, its end if it fits

    def show_country_info(self) -> None:
        """Ctrl+4: the packs of this hearing, searched and browsed (loaded on first use)."""
        if self.country_info.info is None:
            self.country_info.load(
                self.hearing.pack_versions, self.session.case.applicant.nationality
            )
        self._side(3)
        self.country_info.words.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_side_panels(self) -> None:
        """Ctrl+0: all room to the transcript, and back (a long narrative at 1366×768)."""
        sizes = self.splitter.sizes()
        if sizes[0] or sizes[2]:
            self._sides_before = sizes
            self.splitter.setSizes([0, sum(sizes), 0])
        else:
            self.splitter.setSizes(getattr(self, "_sides_before", None) or DEFAULT_PANELS)

    def panel_sizes(self) -> str:
        """The panel widths as the interviewer left them (remembered for the next hearing)."""
        return ",".join(map(str, self.splitter.sizes()))

    def show_side(self, panel) -> None:
        """Bring one side panel to the front (opening the side panels if collapsed)."""
        self._side(self.side.indexOf(panel))

    def _side(self, index: int) -> None:
        """Show a side panel and put the keyboard focus into it (opening the side panels when
        Ctrl+0 had given all room to the transcript)."""
        if self.splitter.sizes()[2] == 0:
            self.toggle_side_panels()
        self.side.setCurrentIndex(index)
        self.side.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
        if index == 0:
            self.assistant_panel.hints.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        if hasattr(self, "assistant"):  # the language was switched with the hearing open
            self.ui_language = i18n.current()
            self.skeleton_model.set_language(self.ui_language)
            self.completion.language = self.ui_language
            self._refresh_all()
        self.back_button.setText(self.tr("Case list"))
        self.participants_button.setText(self.tr("Participants…"))
        self.side.setTabText(0, self.tr("Assistant"))
        # Short tab labels: all five must fit beside the transcript at 1280 px (tests/ui/test_layout),
        # also with the wider fonts of a real X display.
        self.side.setTabText(1, self.tr("Read-back"))
        self.side.setTabToolTip(1, self.tr("Read-back, notices, sealing and export (Ctrl+2)"))
        self.side.setTabText(2, self.tr("Notes"))
        self.side.setTabToolTip(2, self.tr("My notes: not part of the transcript"))
        self.side.setTabText(3, self.tr("Countries"))
        self.side.setTabToolTip(3, self.tr("Country information from the guideline packs (Ctrl+4)"))
        self.side.setTabText(4, self.tr("Case file"))
        self.side.setTabToolTip(
            4, self.tr("The case file: does the hearing agree with it so far? (Ctrl+5)")
        )
        self.notes.setPlaceholderText(
            self.tr("Notes for yourself. They are never part of the transcript or its export.")
        )
        self._refresh_header()
        self._show_current_heading()
        self._save_state_shown = None  # worded anew in the new language
        self._update_save_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- refresh ------------------------------------------------------------------------------

    def _refresh_header(self) -> None:
        case, h = self.session.case, self.hearing
        a = case.applicant
        case_label, started = self.tr("Case"), self.tr("Started")  # tr() outside f-strings
        parts = [f"{case_label} {case.reference}", a.display_name]
        if a.original_name:
            parts.append(a.original_name)
        if h.interpreter:
            # "Sprachmittler: Herr Haddad", not "Sprachmittler/in: Herr Haddad"
            interpreter = {
                "f": self.tr("Interpreter", "female"),
                "m": self.tr("Interpreter", "male"),
            }.get(interpreter_sex(h.interpreter), self.tr("Interpreter"))
            parts.append(f"{interpreter}: {h.interpreter} ({h.language})")
        parts.append(f"{started} {office_time(h.started_at):%d.%m.%Y %H:%M}")
        if h.on_break():
            parts.append(
                self.tr("INTERRUPTED since %1").replace(
                    "%1", f"{office_time(h.breaks[-1].started_at):%H:%M}"
                )
            )
        self.header.setText(" · ".join(parts))
        self.break_button.setText(
            self.tr("Resume (Ctrl+B)") if h.on_break() else self.tr("Break (Ctrl+B)")
        )
        self.break_button.setEnabled(not h.sealed)

    def _refresh_all(self) -> None:
        self._answered = self.hearing.answered_refs()
        self.skeleton_model.set_answered(self.hearing.answered_refs())
        done, total = self.skeleton_model.progress()
        self.progress.setText(
            self.tr("Standard questions: %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )
        self.completion.refresh()
        self.assistant_panel.allow_questions(self._editable())
        self._refresh_header()

    def _show_current_heading(self) -> None:
        number = self.editor.number
        if number is None:
            self.editor.show_entry(
                None, self.tr("No entry yet: Ctrl+Return starts with the first standard question.")
            )
            return
        self.show_entry(number)

    # --- navigation and writing ---------------------------------------------------------

    def _open_initial_entry(self) -> None:
        editable = [e for e in self.hearing.entries if e.kind in (EntryKind.QA, EntryKind.FREE)]
        if editable:
            self.show_entry(editable[-1].number)
        else:
            self._show_current_heading()

    def _editable(self) -> bool:
        return self.hearing.state == HearingState.IN_PROGRESS

    def show_entry(self, number: int) -> None:
        """The entry in the editor (read-only unless it may change) and the transcript on it."""
        entry = self.hearing.entry(number)
        heading, help_text = self._entry_heading(entry)
        question = None
        if entry.question_ref and entry.question_ref in self.skeleton.question_ids:
            question = self.skeleton.question(entry.question_ref)
        self.editor.show_entry(
            entry, heading, help_text, not self._editable(), question, self.ui_language
        )
        self.transcript_model.set_current(number)
        row = self.transcript_model.row_of(number)
        self.transcript_view.scrollTo(self.transcript_model.index(row))
        if hasattr(self, "assistant"):
            self.assistant.show_entry(number)
        if entry.question_ref:
            self.skeleton_view.setCurrentIndex(
                self.skeleton_model.index(self.skeleton_model.row_of(entry.question_ref))
            )

    def _entry_heading(self, entry) -> tuple[str, str]:
        if entry.question_ref and entry.question_ref in self.skeleton.question_ids:
            q = self.skeleton.question(entry.question_ref)
            position = self.skeleton.question_ids.index(entry.question_ref) + 1
            heading = (
                self.tr("Entry %1 · standard question %2 of %3")
                .replace("%1", str(entry.number))
                .replace("%2", str(position))
                .replace("%3", str(len(self.skeleton.questions)))
            )
            return heading, q.help_in(self.ui_language)
        kinds = {
            EntryKind.FREE: self.tr("Entry %1 · remark"),
            EntryKind.NOTICE: self.tr("Entry %1 · notice"),
            EntryKind.ADDENDUM: self.tr("Entry %1 · addendum"),
        }
        heading = kinds.get(entry.kind, self.tr("Entry %1 · follow-up question"))
        return heading.replace("%1", str(entry.number)), ""

    def leave_current(self) -> None:
        if self.editor.number is not None and self._editable():
            self.track(self.session.leave(self.editor.number))

    def _new_entry(
        self,
        kind: EntryKind,
        question: str = "",
        question_ref: str | None = None,
        speaker: Speaker = Speaker.APPLICANT,
    ) -> int | None:
        if not self._editable():
            self.message.emit(self.tr("Questions are added while the hearing is in progress."))
            return None
        self.leave_current()
        entry, future = self.session.add_entry(kind, question, question_ref, speaker)
        self.track(future)
        self.transcript_model.entry_added()
        self.show_entry(entry.number)
        self._refresh_all()
        return entry.number

    def next_question(self) -> None:
        """Go to the next standard question that has no entry yet."""
        asked = {e.question_ref for e in self.hearing.entries if e.question_ref}
        ids = list(self.skeleton.question_ids)
        current_ref = None
        if self.editor.number is not None:
            current_ref = self.hearing.entry(self.editor.number).question_ref
        start = ids.index(current_ref) + 1 if current_ref in ids else 0
        for qid in ids[start:] + ids[:start]:
            if qid not in asked:
                self.open_question(qid)
                return
        self.message.emit(self.tr("All standard questions have been asked."))

    def open_question(self, question_id: str) -> None:
        existing = [e for e in self.hearing.entries if e.question_ref == question_id]
        if existing:
            self.leave_current()
            self.show_entry(existing[0].number)
            self.editor.focus_answer()
            return
        text = self.skeleton.question(question_id).text_in(self.transcript_language)
        if self._new_entry(EntryKind.QA, text, question_id) is not None:
            self.editor.focus_answer()

    def add_free_question(self) -> None:
        if self._new_entry(EntryKind.QA) is not None:
            self.editor.focus_question()

    def insert_question(self, text: str) -> int | None:
        """A suggested question (from the assistant) becomes a new follow-up entry."""
        number = self._new_entry(EntryKind.QA, text)
        if number is not None:
            self.track(self.session.type(number, text, ""))
            self.entry_text_changed.emit(number)
            self.editor.focus_answer()
        return number

    def add_remark(self) -> None:
        if self._new_entry(EntryKind.FREE, speaker=Speaker.INTERPRETER) is not None:
            self.editor.speaker.setFocus()

    def step_entry(self, delta: int) -> None:
        numbers = [e.number for e in self.hearing.entries]
        if not numbers:
            return
        current = self.editor.number
        index = numbers.index(current) + delta if current in numbers else len(numbers) - 1
        index = max(0, min(len(numbers) - 1, index))
        self.leave_current()
        self.show_entry(numbers[index])

    def _skeleton_activated(self, index) -> None:
        if self._editable():
            self.open_question(index.data(QuestionIdRole))

    def _transcript_activated(self, index) -> None:
        self.leave_current()
        self.show_entry(index.data(NumberRole))

    def _typed(self) -> None:
        number = self.editor.number
        question, answer = self.editor.texts()
        try:
            self.track(self.session.type(number, question, answer, self.editor.field_values()))
        except DomainError as exc:
            self.message.emit(translated(exc, self.ui_language))
            return
        self.transcript_model.entry_typed(number)
        self.entry_text_changed.emit(number)
        entry = self.hearing.entry(number)
        # Only when this key may have (un)answered a standard question: looking at all
        # entries on every key cost more than the rest of the key's own work.
        if entry.question_ref and (entry.question_ref in self._answered) != entry.answered:
            answered = self.hearing.answered_refs()
            if answered != self._answered:
                self._answered = answered
                self._refresh_all()

    def _speaker_changed(self) -> None:
        if self.editor.number is not None:
            speaker = Speaker(self.editor.speaker.currentData())
            try:
                self.track(self.session.set_speaker(self.editor.number, speaker))
            except DomainError as exc:
                self.message.emit(translated(exc, self.ui_language))
                return
            self.transcript_model.entry_changed(self.editor.number)

    def _notes_changed(self) -> None:
        self.track(self.session.save_notes(self.notes.toPlainText()))

    def ask_participants(self) -> None:
        dialog = ParticipantsDialog(self.hearing, self)
        dialog.accepted.connect(lambda: self.set_participants(*dialog.values()))
        dialog.open()

    def set_participants(
        self, interpreter: str, language: str, place: str, others: list[str]
    ) -> None:
        try:  # the domain decides (a sealed transcript keeps its header)
            self.track(self.session.update_participants(interpreter, language, place, others))
        except DomainError as exc:
            self.message.emit(translated(exc, self.ui_language))
            return
        self._refresh_header()

    def toggle_break(self) -> None:
        try:
            if self.hearing.on_break():
                self.track(self.session.end_break())
            else:
                self.track(self.session.start_break())
        except DomainError as exc:
            self.message.emit(translated(exc, self.ui_language))
        self._refresh_header()

    # --- completion (see completion_actions.py) ---------------------------------------------

    def apply(self, action, stored: Callable[[], None] | None = None) -> bool:
        """Run a completion step through the domain; refresh the screen; False if refused.
        ``stored``: called once the step's write is on disk."""
        try:
            result = action()
        except DomainError as exc:
            self.message.emit(translated(exc, self.ui_language))
            return False
        if isinstance(result, tuple):
            result = result[-1]
        self.track(result)
        if stored is not None and result is not None:
            tasks.run(result, lambda _done: stored(), lambda _error: None)  # failures: save state
        self.transcript_model.reset()
        self._refresh_all()
        if self.editor.number is not None:
            self.show_entry(self.editor.number)
        return True

    # --- save state ---------------------------------------------------------------------------

    def track(self, future) -> None:
        if future is not None:
            self._update_save_state()

    def _update_save_state(self) -> None:
        failure = self.session.writes.failure
        if failure is not None:
            state = "error"
            text = self.tr("NOT SAVED: %1 – your text stays here; retrying…").replace(
                "%1", unsaved_text(failure)
            )
            if not self._retry.isActive():
                self._retry.start(RETRY_MS)
        else:
            # Worded only when it changes, not on every key: the label restyled per key cost
            # more than the key itself (bench/bench_typing.py).
            state = "saving" if self.session.pending else "saved"
            if self._save_state_shown and state == self._save_state_shown[0]:
                return
            text = self.tr("Saving…") if state == "saving" else self.tr("All changes saved")
        if (state, text) != self._save_state_shown:
            self._save_state_shown = (state, text)
            self.save_state_changed.emit(state, text)

    def _retry_unsaved(self) -> None:
        self.session.retry()
        self._update_save_state()

    def settle_writes(self, timeout: float = 3.0) -> str | None:
        """Before leaving the hearing: the open revision closed, a failed write tried once
        more, everything given ``timeout`` seconds to reach the disk. None when all is stored;
        otherwise what is not, in the interface language."""
        self.leave_current()
        self.session.retry()
        if self.session.writes.wait(timeout):
            return None
        failure = self.session.writes.failure
        self._update_save_state()
        return unsaved_text(failure) if failure is not None else self.tr("Saving…")

    def flush(self) -> None:
        """Close the working revision before leaving the screen or locking."""
        self.leave_current()
        self.assistant.flush()
        self.assistant.close()
        self.case_file_glue.close()
        self.spelling.close()
        self.session.writes.start()  # before the database may close, not at the next turn
