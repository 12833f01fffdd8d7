"""Keeps the case-file panel up to date with the assistant's results.

Each new panel view of the assistant (made on its thread when something was typed) is compared
with the case file on the assistant's thread once the interviewer pauses and the view is
applied (``AssistantWorker.when_quiet``: never competing with the UI thread for the
interpreter); the UI thread only applies the rows, the newest comparison wins, one overtaken
before it starts is skipped, and an older one that arrives late is dropped. Nothing
typed, no view, no comparison: an idle hearing keeps the panel still.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPersistentModelIndex

from app.assistant.case_file_check import HearingWords, compare
from app.domain.transcript import EntryKind
from app.ui import tasks
from app.ui.case_file.panel import CaseFilePanel

if TYPE_CHECKING:
    from app.ui.assistant.worker import PanelView
    from app.ui.hearing.page import HearingPage

NATIONALITY_QUESTION = "nationality"  # the skeletons' standard question on nationality
_SPOKEN = (EntryKind.QA, EntryKind.FREE)


class CaseFileGlue(QObject):
    def __init__(self, page: HearingPage, panel: CaseFilePanel):
        super().__init__(page)
        self.page, self.panel = page, panel
        self._asked = 0  # generation of the newest view handed to a comparison
        self._shown = 0  # generation of the comparison on screen
        self.closed = False
        page.assistant.worker.view_ready.connect(self._view_ready)
        page.assistant.worker.failed.connect(self._failed)
        page.assistant.became_unavailable.connect(self._no_assistant)
        if page.assistant.unavailable:  # failed before this glue was made
            self._no_assistant(page.assistant.unavailable)
        panel.entry_requested.connect(self.show_entry)

    def _view_ready(self, view: PanelView) -> None:
        assistant = self.page.assistant.assistant
        if self.closed or assistant is None or view.generation <= self._asked:
            return
        self._asked = view.generation
        facts = tuple(
            fact
            for facts in view.facts_by_entry.values()
            for fact in facts
            if fact.id not in view.rejected  # the interviewer said the reading is wrong
        )
        entries = [e for e in self.page.hearing.entries if e.kind in _SPOKEN and e.answer]
        words = HearingWords(
            facts,
            {e.number: e.answer for e in entries},
            frozenset(e.number for e in entries if e.question_ref == NATIONALITY_QUESTION),
        )
        generation = view.generation
        case = self.page.session.case

        def newest_only():
            if generation != self._asked:
                return None  # a newer view came while this one waited: compare that one
            return compare(case, words, assistant, date.today())

        tasks.run(
            self.page.assistant.worker.when_quiet(newest_only),
            lambda values: self._compared(generation, values),
            self._failed,
        )

    def _compared(self, generation: int, values) -> None:
        if self.closed or values is None or generation <= self._shown:
            return  # a newer comparison is on screen already
        self._shown = generation
        self.panel.set_values(values)

    def _failed(self, error: BaseException) -> None:
        if not self.closed and not self._shown:
            self.panel.set_unavailable(str(error) or type(error).__name__)

    def _no_assistant(self, reason: str) -> None:
        if not self.closed:
            self.panel.set_unavailable(reason, packs_failed=True)

    def show_entry(self, number: int) -> None:
        """The entry a value refers to: selected and in view in the transcript, and open."""
        page = self.page
        if page.transcript_model.row_of(number) < 0:
            return
        keep = QPersistentModelIndex(self.panel.values.currentIndex())
        page.leave_current()
        page.show_entry(number)
        page.show_section((number,))
        if keep.isValid():  # the panel keeps its place for the next value
            self.panel.values.setCurrentIndex(self.panel.model.index(keep.row()))

    def close(self) -> None:
        self.closed = True
