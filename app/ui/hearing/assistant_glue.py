"""Connects the hearing screen to the assistant: loads the rule packs the hearing is made
under, hands what is typed to the assistant's own thread, applies what comes back, and stores
the interviewer's decisions.

The panel never holds up the transcript: packs load off the UI thread, and the session lives on
the assistant's worker thread (``ui/assistant/worker.py``); the UI thread only hands over the
newest text and applies the views that come back, newest first, stale ones dropped. If the
packs cannot be loaded the panel says why and the hearing goes on without it. Nothing is sent
while nothing is typed: an open hearing left alone keeps the panel still.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from app.assistant import Analysis, Assistant, EntryInput, Fact
from app.assistant.checklist import items_still_open
from app.assistant.periods import Period
from app.domain.transcript import EntryKind
from app.ui import i18n, tasks
from app.ui.assistant.dialogs import ItemMarkDialog
from app.ui.assistant.highlighter import FactHighlighter
from app.ui.assistant.loader import load_assistant
from app.ui.assistant.models import period_text
from app.ui.assistant.panel import AssistantPanel
from app.ui.assistant.worker import AssistantWorker, PanelView
from app.ui.hearing.dialogs import TextDialog

if TYPE_CHECKING:
    from app.ui.hearing.page import HearingPage

DEBOUNCE_MS = 150  # a pause in typing, not every key: the worker reads whole entries
_READ = (EntryKind.QA, EntryKind.FREE, EntryKind.NOTICE)
UNFIT_FIELD = "fit_for_hearing"  # the health question's yes/no field: "nein" stops the hearing
UNFIT = ("nein", "no")


class AssistantGlue(QObject):
    became_unavailable = Signal(str)  # the packs could not be loaded: why (the hearing goes on)

    def __init__(self, page: HearingPage, panel: AssistantPanel):
        super().__init__(page)
        self.page, self.panel = page, panel
        self.assistant: Assistant | None = None
        self.view: PanelView | None = None  # the newest view applied to the panel
        self.closed = False  # the page was closed or locked: late callbacks do nothing
        self.unavailable = ""  # why the packs could not be loaded (the hearing goes on)
        self._dirty: set[int] = set()
        self._carry: set[int] = set()  # entries touched by views dropped as stale
        self._recorded_versions = False
        self.worker = AssistantWorker(self)
        self.worker.view_ready.connect(self._apply)
        self.worker.failed.connect(self._worker_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.highlighter = FactHighlighter(page.editor.answer.document(), self)
        page.entry_text_changed.connect(self._edited)
        # Entries the page adds or changes without typing (notices, corrections, read-back).
        page.transcript_model.rowsInserted.connect(self._entries_changed)
        page.transcript_model.modelReset.connect(self._entries_changed)
        panel.already_asked = self._already_asked
        panel.insert_question_requested.connect(self._insert)
        panel.dismiss_requested.connect(self._ask_dismiss_reason)
        panel.asked_requested.connect(
            lambda hint_id: self._call(lambda s: s.mark_hint(hint_id, "asked"))
        )
        panel.fact_decided.connect(self._decide_fact)
        panel.item_mark_requested.connect(self._ask_item_mark)
        panel.installEventFilter(self)

    # --- start ---------------------------------------------------------------------------------

    def start(self) -> None:
        pinned = dict(self.page.hearing.pack_versions) or None
        self.panel.status.setText(self.tr("Loading guideline rule packs…"))
        tasks.run(tasks.in_background(load_assistant, pinned), self._loaded, self._failed)

    def close(self) -> None:
        self.closed = True
        self._timer.stop()
        self.worker.close()

    def _loaded(self, assistant: Assistant) -> None:
        if self.closed:
            return
        self.assistant = assistant
        self.panel.fact_model.names = self._fact_value_name
        self.panel.packs = {meta.id: meta for meta in assistant.packs}
        tasks.run(
            self.page.session.load_assistant_state(),
            lambda state: self._build(assistant, state),
            self._failed,
        )

    def _build(self, assistant: Assistant, state: dict | None) -> None:
        if self.closed:
            return
        entries = self.entry_inputs()  # the same input for a fresh and a restored session
        case, hearing = self.page.session.case, self.page.hearing
        language = i18n.current()

        def build() -> Analysis:
            if state:
                return Analysis.restore(state, assistant, case, entries, language=language)
            session = assistant.start_analysis(case, hearing.started_at.date(), language)
            for entry in entries:
                session.update(entry)
            return session

        self._dirty.clear()  # everything typed so far is in ``entries``
        self._check_fitness()
        tasks.run(self.worker.build(build), None, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not self.closed:
            self.unavailable = str(error) or type(error).__name__
            self.panel.set_unavailable(self.unavailable)
            self.became_unavailable.emit(self.unavailable)

    def _worker_failed(self, error: BaseException) -> None:
        if self.view is None:
            self._failed(error)  # the session could not be built

    @property
    def loading(self) -> bool:
        return self.view is None and not self.unavailable

    @property
    def session(self) -> Analysis | None:
        """The live session. It belongs to the assistant's thread: read ``view`` on the UI
        thread; this is for tests that have waited for the worker (``settle``)."""
        return self.worker.session

    # --- what comes back -------------------------------------------------------------------------

    def _apply(self, view: PanelView) -> None:
        if self.closed:
            return
        if self.view is not None and view.generation <= self.view.generation:
            # Older than what is shown (a settle overtook it): the entries it touched are in
            # the newer view too, take them from there.
            if view.touched:
                self.panel.apply(self.view, view.touched)
            return
        if view.generation < self.worker.latest and not view.full:
            self._carry |= view.touched  # a newer view is on its way: it shows these too
            return
        touched = None if view.full else (view.touched | self._carry)
        self._carry.clear()
        self.worker.typing.ui_busy()  # work over this view (the case file) waits till drawn
        self.view = view
        self.panel.apply(view, touched)
        self.highlighter.apply(view)
        if not self._recorded_versions:
            self._recorded_versions = True
            self.page.track(self.page.session.record_pack_versions(view.pack_versions))
        if view.state is not None:
            self.page.track(self.page.session.save_assistant_state(view.state))

    # --- typing --------------------------------------------------------------------------------

    def entry_inputs(self) -> list[EntryInput]:
        return [self.entry_input(e) for e in self.page.hearing.entries if e.kind in _READ]

    def entry_input(self, entry) -> EntryInput:
        """One entry as the assistant reads it: text, standard question, its topics and its
        typed fields (with their labels), or the notice it records."""
        skeleton = self.page.skeleton
        topics: tuple[str, ...] = ()
        fields: tuple[tuple[str, str, str], ...] = ()
        if entry.question_ref and entry.question_ref in skeleton.question_ids:
            question = skeleton.question(entry.question_ref)
            topics = tuple(question.topics)
            if entry.fields:
                known = {f.id for f in question.fields}
                fields = tuple(
                    (fid, question.field(fid).label_in("de"), value)
                    for fid, value in entry.fields.items()
                    if fid in known
                )
        return EntryInput(
            entry.number,
            entry.question,
            entry.answer,
            entry.question_ref,
            entry.notice_id,
            topics,
            fields,
        )

    def _edited(self, number: int) -> None:
        self.worker.typing.typed()  # the assistant's thread steps aside while keys come
        self._dirty.add(number)
        self._timer.start()

    def _entries_changed(self, *_args) -> None:
        self._dirty.update(e.number for e in self.page.hearing.entries if e.kind in _READ)
        self._timer.start()

    def flush(self) -> None:
        """Hand the newest text of every edited entry to the assistant's thread."""
        if self.closed:
            return
        self._timer.stop()
        hearing = self.page.hearing
        if self._dirty:
            self._check_fitness()
        for number in sorted(self._dirty):
            entry = hearing.entry(number)
            if entry.kind in _READ:
                self.worker.edit(self.entry_input(entry))
        self._dirty.clear()

    def _check_fitness(self) -> None:
        """ "Fit for the hearing: no" in a typed field raises the panel's alert at once."""
        self.panel.set_unfit(
            tuple(
                e.number
                for e in self.page.hearing.entries
                if e.fields and e.fields.get(UNFIT_FIELD, "").strip().lower() in UNFIT
            )
        )

    def settle(self) -> PanelView | None:
        """Wait (briefly, on the UI thread) until the assistant has read everything handed to
        it, and show the result: for sealing, which must see the whole checklist."""
        self.flush()
        if self.view is None or self.closed:
            return self.view
        view = self.worker.settle()
        if view is not None:
            self._apply(view)
        return self.view

    def show_entry(self, number: int | None) -> None:
        self.highlighter.show_entry(self.view, number)

    def _already_asked(self, question: str) -> bool:
        wanted = " ".join(question.split())
        return any(" ".join(e.question.split()) == wanted for e in self.page.hearing.entries)

    def _fact_value_name(self, fact: Fact) -> str:
        """A detected value as the interviewer reads it: the place's or term's name in the
        interface language, a date as dd.mm.yyyy - never an internal id."""
        language = i18n.current()
        knowledge = self.assistant.knowledge if self.assistant else None
        value = fact.value
        if isinstance(value, Period):
            return period_text(value)
        if knowledge is None or not isinstance(value, str):
            return str(value)
        if fact.kind in ("place", "origin", "birthplace") and value in knowledge.places:
            return knowledge.places[value].name_in(language)
        for terms in (knowledge.topics, knowledge.actors):
            if value in terms:
                return terms[value].display.get(language)
        return value

    # --- language ------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if watched is self.panel and event.type() == QEvent.Type.LanguageChange:
            language = i18n.current()
            if self.view is not None and self.view.language != language:
                self._call(lambda s: s.set_language(language))
        return False

    # --- decisions -----------------------------------------------------------------------------

    def _call(self, change) -> None:
        if self.view is not None and not self.closed:
            self.flush()
            self.worker.call(change)

    def _insert(self, question: str, hint_id: str) -> None:
        number = self.page.insert_question(question)
        if number is not None and hint_id:
            # Put to the applicant; the answer goes into the new entry.
            self._call(lambda s: s.hint(hint_id) and s.mark_hint(hint_id, "asked", number))

    def _decide_fact(self, fact_id: str, confirm: bool) -> None:
        if confirm:
            self._call(lambda s: s.confirm_fact(fact_id))
        else:
            self._call(lambda s: s.reject_fact(fact_id))

    def _ask_dismiss_reason(self, hint_id: str) -> None:
        dialog = TextDialog(
            self.tr("Dismiss hint"),
            self.tr(
                "Why is this hint not followed? The reason is kept "
                "for the review, not in the transcript."
            ),
            self.page,
        )
        dialog.setObjectName("dismissDialog")
        dialog.accepted.connect(lambda: dialog.value() and self.dismiss(hint_id, dialog.value()))
        dialog.open()

    def dismiss(self, hint_id: str, reason: str) -> None:
        self._call(lambda s: s.mark_hint(hint_id, "dismissed", reason=reason))

    def _ask_item_mark(self, item_id: str) -> None:
        item = self.view.checklist.item(item_id) if self.view else None
        if item is None:
            return
        dialog = ItemMarkDialog(item.title, item.covered, self.page)
        dialog.accepted.connect(lambda: self.mark_item(item_id, *dialog.values()))
        dialog.open()

    def mark_item(self, item_id: str, status: str, reason: str) -> None:
        """Settle (``covered``) or reopen (``open``) a checklist item by hand, or hand it back
        to the record (``auto``); kept for the review, not in the Niederschrift."""
        if status == "auto" or reason.strip():
            self._call(lambda s: s.mark_item(item_id, status, reason))

    # --- sealing -------------------------------------------------------------------------------

    def open_items(self) -> list[str]:
        """Titles of exactly the checklist items the record does not settle, after everything
        typed has been read (the seal dialog lists these and asks a reason for them)."""
        view = self.settle()
        if view is None:
            return []
        return [item.title for item in items_still_open(view.checklist)]

    def record_open_items_reason(self, reason: str) -> None:
        def record(session: Analysis) -> None:
            session.open_items_reason = reason

        self._call(record)

    def record_seal(self, version: int, open_items_reason: str = "") -> None:
        """Keep the assistant's record as it stands for seal ``version`` (it travels in that
        version's bundle); call just before sealing, after ``open_items``."""
        self._call(lambda s: s.note_seal(version, open_items_reason))
