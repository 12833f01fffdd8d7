"""Connects the hearing screen to the assistant: loads the rule packs the hearing is made
under, keeps the session up to date while typing, and stores the interviewer's decisions.

The panel never holds up the transcript: packs load and the session is rebuilt off the UI
thread; if the packs cannot be loaded the panel says why and the hearing goes on without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from app.assistant import Assistant, Session
from app.domain.transcript import EntryKind
from app.ui import tasks
from app.ui.assistant.highlighter import FactHighlighter
from app.ui.assistant.loader import load_assistant
from app.ui.assistant.panel import AssistantPanel
from app.ui.hearing.dialogs import TextDialog

if TYPE_CHECKING:
    from app.ui.hearing.page import HearingPage

DEBOUNCE_MS = 150  # fast enough to feel live, slow enough not to re-read every keystroke
_READ = (EntryKind.QA, EntryKind.FREE, EntryKind.NOTICE)


class AssistantGlue(QObject):
    def __init__(self, page: HearingPage, panel: AssistantPanel):
        super().__init__(page)
        self.page, self.panel = page, panel
        self.session: Session | None = None
        self.closed = False  # the page was closed or locked: late callbacks do nothing
        self.unavailable = ""  # why the packs could not be loaded (the hearing goes on)
        self._dirty: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.highlighter = FactHighlighter(page.editor.answer.document(), self)
        page.entry_text_changed.connect(self._edited)
        panel.insert_question_requested.connect(self._insert)
        panel.dismiss_requested.connect(self._ask_dismiss_reason)
        panel.decisions_changed.connect(self._save)
        panel.facts_changed.connect(lambda: self.highlighter.rehighlight())

    # --- start ---------------------------------------------------------------------------------

    def start(self) -> None:
        pinned = dict(self.page.hearing.pack_versions) or None
        self.panel.status.setText(self.panel.tr("Loading guideline rule packs…"))
        tasks.run(tasks.in_background(load_assistant, pinned), self._loaded, self._failed)

    def close(self) -> None:
        self.closed = True
        self._timer.stop()

    def _loaded(self, assistant: Assistant) -> None:
        if self.closed:
            return
        tasks.run(
            self.page.session.load_assistant_state(),
            lambda state: self._build(assistant, state),
            self._failed,
        )

    def _build(self, assistant: Assistant, state: dict | None) -> None:
        entries = self._entry_rows()
        case, hearing = self.page.session.case, self.page.hearing
        language = self.page.ui_language

        def build() -> Session:
            if state:
                return Session.restore(state, assistant, case, entries)
            session = assistant.start_session(case, hearing.started_at.date(), language)
            for number, question, answer, ref, notice in entries:
                session.update_entry(
                    number,
                    question,
                    answer,
                    question_ref=ref,
                    notice_id=notice,
                    topics=self._topics(ref),
                )
            return session

        tasks.run(tasks.in_background(build), self._ready, self._failed)

    def _ready(self, session: Session) -> None:
        if self.closed:
            return
        self.session = session
        self.page.track(self.page.session.record_pack_versions(session.pack_versions))
        for number in sorted(self._dirty):  # typed while the session was being built
            self._update(number)
        self._dirty.clear()
        self.panel.set_session(session)
        self.show_entry(self.page.editor.number)

    def _failed(self, error: BaseException) -> None:
        if not self.closed:
            self.unavailable = str(error) or type(error).__name__
            self.panel.set_unavailable(self.unavailable)

    @property
    def loading(self) -> bool:
        return self.session is None and not self.unavailable

    # --- typing --------------------------------------------------------------------------------

    def _entry_rows(self) -> list[tuple]:
        return [
            (e.number, e.question, self._answer_text(e), e.question_ref, e.notice_id)
            for e in self.page.hearing.entries
            if e.kind in _READ
        ]

    def _answer_text(self, entry) -> str:
        """The answer and, below it, the typed fields as "label: value" lines: the assistant
        reads both (facts from fields get the entry as provenance like any other)."""
        if not entry.fields or entry.question_ref not in self.page.skeleton.question_ids:
            return entry.answer
        question = self.page.skeleton.question(entry.question_ref)
        known = {f.id for f in question.fields}
        lines = [
            f"{question.field(fid).label_in('de')}: {value}"
            for fid, value in entry.fields.items()
            if fid in known
        ]
        return "\n".join([entry.answer, *lines])

    def _topics(self, question_ref: str | None) -> tuple[str, ...]:
        skeleton = self.page.skeleton
        if question_ref and question_ref in skeleton.question_ids:
            return tuple(skeleton.question(question_ref).topics)
        return ()

    def _edited(self, number: int) -> None:
        self._dirty.add(number)
        if self.session is not None:
            self._timer.start()

    def flush(self) -> None:
        """Bring the session up to date with what was typed (also called by tests)."""
        if self.session is None or self.closed:
            return
        for number in sorted(self._dirty):
            self._update(number)
        self._dirty.clear()
        self.panel.refresh()
        self.highlighter.rehighlight()

    def _update(self, number: int) -> None:
        entry = self.page.hearing.entry(number)
        if entry.kind in _READ:
            self.session.update_entry(
                number,
                entry.question,
                self._answer_text(entry),
                question_ref=entry.question_ref,
                notice_id=entry.notice_id,
                topics=self._topics(entry.question_ref),
            )

    def show_entry(self, number: int | None) -> None:
        self.highlighter.show_entry(self.session, number)

    # --- decisions -----------------------------------------------------------------------------

    def _insert(self, question: str, hint_id: str) -> None:
        number = self.page.insert_question(question)
        if number is not None and hint_id:
            self.panel.record_asked(hint_id, number)  # put to the applicant; the answer goes here

    def _ask_dismiss_reason(self, hint_id: str) -> None:
        dialog = TextDialog(
            self.panel.tr("Dismiss hint"),
            self.panel.tr(
                "Why is this hint not followed? The reason is kept "
                "for the review, not in the transcript."
            ),
            self.page,
        )
        dialog.setObjectName("dismissDialog")
        dialog.accepted.connect(
            lambda: dialog.value() and self.panel.dismiss(hint_id, dialog.value())
        )
        dialog.open()

    def open_items(self) -> list[str]:
        if self.session is None:
            return []
        self.flush()
        return [item.title for item in self.session.checklist.open_items]

    def record_open_items_reason(self, reason: str) -> None:
        if self.session is not None:
            self.session.open_items_reason = reason
            self._save()

    def _save(self) -> None:
        if self.session is not None:
            self.page.track(self.page.session.save_assistant_state(self.session.state_to_plain()))
