"""The assistant panel: what was noticed, and what the interviewer might do with it.

Nothing here changes the transcript by itself. "Insert question" (Ctrl+I) adds the first
suggested question that is not yet in the transcript as a new follow-up entry (Ctrl+Shift+I the
second) and records the hint as asked, with the entry that holds the answer; "Dismiss" needs a
reason. Both are kept for the review, never in the Niederschrift.

The panel shows a :class:`PanelView` (a snapshot made on the assistant's thread) and never
touches the session itself: decisions go out as signals, the glue runs them on that thread and
the next view comes back. Views are applied row by row, so selection and scrolling stay.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.assistant import Hint
from app.ui.assistant.models import (
    STATUS_LABELS,
    ChecklistModel,
    FactModel,
    HintModel,
    IdRole,
    QuestionModel,
    tr,
)
from app.ui.assistant.worker import PanelView
from app.ui.countries import pack_name
from app.ui.padded_rows import PaddedRows
from app.ui.wrapped_list import WrappedListView

FACT_ROWS_PER_TURN = 200  # rows of the fact list laid out per event-loop turn (~2 ms)


class AssistantPanel(QWidget):
    insert_question_requested = Signal(str, str)  # question text, hint id ("" for checklist)
    dismiss_requested = Signal(str)  # hint id: the page asks for the reason
    asked_requested = Signal(str)  # hint id: mark it as asked (no answer entry)
    fact_decided = Signal(str, bool)  # fact id, True = confirmed, False = rejected
    item_mark_requested = Signal(str)  # checklist item id: the glue asks for status and reason
    refreshed = Signal()  # a new view was applied and something on screen changed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.questions_allowed = True
        self.setObjectName("assistantPanel")
        self.view: PanelView | None = None
        self.unfit_entries: tuple[int, ...] = ()  # entries recording "fit for hearing: no"
        self.already_asked: Callable[[str], bool] = lambda _question: False
        self.packs: dict[str, Any] = {}  # pack id -> its metadata, to name it (pack_name)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.alert = QLabel()
        self.alert.setObjectName("assistantAlert")
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet("background: #fde2e1; border: 1px solid #d93025; padding: 6px;")
        self.alert.hide()

        self.hint_model = HintModel(self)
        self.hints = WrappedListView()
        self.hints.setObjectName("hintList")
        self.hints.setModel(self.hint_model)
        self.hints.setItemDelegate(PaddedRows(self.hints))
        self.hints.selectionModel().currentChanged.connect(lambda *_: self._show_detail())
        self.detail = QTextBrowser()
        self.detail.setObjectName("hintDetail")
        self.detail.setOpenExternalLinks(False)
        self.insert_button = QPushButton()
        self.insert_button.clicked.connect(self.insert_selected)
        self.asked_button = QPushButton()
        self.asked_button.clicked.connect(self.mark_selected_asked)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self._dismiss_selected)

        self.fact_model = FactModel(self)
        self.facts = QListView()
        self.facts.setObjectName("factList")
        self.facts.setModel(self.fact_model)
        # A long narrative brings thousands of facts, and the list lays out every row again
        # after each change: in slices between event-loop turns, not all before the next key.
        # Each fact is one line (not wrapped), so one row's size serves for all of them.
        self.facts.setLayoutMode(QListView.LayoutMode.Batched)
        self.facts.setBatchSize(FACT_ROWS_PER_TURN)
        self.facts.setUniformItemSizes(True)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(lambda: self._decide_fact(confirm=True))
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(lambda: self._decide_fact(confirm=False))

        self.checklist_model = ChecklistModel(self)
        self.checklist = WrappedListView()
        self.checklist.setObjectName("checklist")
        self.checklist.setModel(self.checklist_model)
        self.checklist.setItemDelegate(PaddedRows(self.checklist))
        self.checklist.activated.connect(
            lambda index: self.item_mark_requested.emit(index.data(IdRole))
        )
        self.mark_button = QPushButton()
        self.mark_button.setObjectName("markItemButton")
        self.mark_button.clicked.connect(self._mark_selected_item)
        self.progress = QProgressBar()
        self.next_questions = WrappedListView()  # whole questions, never cut off
        self.next_questions.setObjectName("nextQuestions")
        self.next_model = QuestionModel(self)
        self.next_questions.setModel(self.next_model)
        self.next_questions.setItemDelegate(PaddedRows(self.next_questions))
        self.next_questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.next_questions.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.next_questions.activated.connect(self._insert_next_question)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._hints_tab(), "")
        self.tabs.addTab(self._facts_tab(), "")
        self.tabs.addTab(self._checklist_tab(), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.alert)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        insert = QShortcut(QKeySequence("Ctrl+I"), self)
        insert.setContext(Qt.ShortcutContext.WindowShortcut)
        insert.activated.connect(lambda: self.insert_selected(0))
        second = QShortcut(QKeySequence("Ctrl+Shift+I"), self)
        second.setContext(Qt.ShortcutContext.WindowShortcut)
        second.activated.connect(lambda: self.insert_selected(1))
        self.retranslate()

    def _hints_tab(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.hints)
        split.addWidget(self.detail)
        buttons = QHBoxLayout()
        for b in (self.insert_button, self.asked_button, self.dismiss_button):
            buttons.addWidget(b)
        return _column(split, buttons)

    def _facts_tab(self) -> QWidget:
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        return _column(self.facts, buttons)

    def _checklist_tab(self) -> QWidget:
        widget = _column(self.progress, None)
        widget.layout().addWidget(self.checklist, 2)
        widget.layout().addWidget(self.mark_button)
        self.next_label = QLabel()
        widget.layout().addWidget(self.next_label)
        widget.layout().addWidget(self.next_questions, 1)
        return widget

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Hints"))
        self.tabs.setTabText(1, self.tr("Detected"))
        self.tabs.setTabText(2, self.tr("Checklist"))
        self.insert_button.setText(self.tr("Insert question (Ctrl+I)"))
        self.insert_button.setToolTip(self.tr("Ctrl+Shift+I inserts the second suggested question"))
        self.mark_button.setText(self.tr("Mark settled or open by hand…"))
        self.asked_button.setText(self.tr("Mark as asked"))
        self.dismiss_button.setText(self.tr("Dismiss…"))
        self.confirm_button.setText(self.tr("Confirm"))
        self.reject_button.setText(self.tr("Wrong – reject"))
        self.next_label.setText(
            self.tr("Still open – questions that would settle it (Enter inserts):")
        )
        self._show_status()
        self._show_alert()
        self._show_detail()
        for view in (self.hints, self.facts, self.checklist, self.next_questions):
            view.viewport().update()  # rows are worded when drawn

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ----------------------------------------------------------------------------

    def set_unavailable(self, reason: str) -> None:
        self.view = None
        self.unavailable = reason
        self.apply(None)

    def apply(self, view: PanelView | None, touched=None) -> bool:
        """Bring the panel up to ``view``, row by row; True if anything on screen changed."""
        previous, self.view = self.view, view
        changed = self.hint_model.apply(view)
        changed |= self.fact_model.apply(view, touched)
        changed |= self.checklist_model.apply(view.checklist.items if view else ())
        questions = [q for _item, q in view.checklist.next_questions(limit=8)] if view else []
        changed |= self.next_model.sync(questions, questions)
        if previous is None or view is None or previous.pack_versions != view.pack_versions:
            self._show_status()
        self._show_alert()
        if view is not None:
            checklist = view.checklist
            self.progress.setValue(round(checklist.progress * 100))
            self.progress.setFormat(
                self.tr("%1 of %2 elements covered")
                .replace("%1", str(checklist.covered_count))
                .replace("%2", str(len(checklist.items)))
            )
        if not self.hints.currentIndex().isValid() and self.hint_model.rowCount():
            self.hints.setCurrentIndex(self.hint_model.index(0))
        if changed:
            self._show_detail()
            self.refreshed.emit()
        return changed

    def set_unfit(self, entries: tuple[int, ...]) -> None:
        """Entries in which the applicant is recorded as not fit for the hearing."""
        if entries != self.unfit_entries:
            self.unfit_entries = entries
            self._show_alert()

    def _show_alert(self) -> None:
        lines = []
        if self.unfit_entries:
            numbers = ", ".join(str(n) for n in self.unfit_entries)
            lines.append(
                self.tr(
                    "Not fit for the hearing (entry %1): interrupt or postpone the hearing, "
                    "and record why."
                ).replace("%1", numbers)
            )
        view = self.view
        urgent = [h.title for h in view.hints if h.kind == "vulnerability"] if view else []
        if urgent:
            lines.append(
                self.tr("Possible need for a special officer: %1").replace("%1", "; ".join(urgent))
            )
        self.alert.setText("\n".join(lines))
        self.alert.setVisible(bool(lines))

    def _show_status(self) -> None:
        view = self.view
        if view is None:
            reason = getattr(self, "unavailable", "")
            self.status.setText(
                self.tr("The assistant is not available: %1").replace("%1", reason)
                if reason
                else ""
            )
            return
        versions = ", ".join(
            f"{self.pack_name(k)} {v}" for k, v in sorted(view.pack_versions.items())
        )
        self.status.setText(
            self.tr("Sample rule packs, not official guidance: %1").replace("%1", versions)
        )

    def pack_name(self, pack_id: str) -> str:
        """A pack as the interviewer reads it: its country's name, "allgemein", "Checkliste"
        - not its internal id."""
        return pack_name(pack_id, self.packs.get(pack_id))

    def selected_hint(self) -> Hint | None:
        index = self.hints.currentIndex()
        return self.hint_model.hint_at(index.row()) if index.isValid() else None

    def _show_detail(self) -> None:
        hint = self.selected_hint()
        html = self._explain(hint) if hint else ""
        if html != getattr(self, "_detail_html", None):  # unchanged: keep the scroll position
            self._detail_html = html
            bar = self.detail.verticalScrollBar()
            same_hint = hint is not None and hint.id == getattr(self, "_detail_id", None)
            position = bar.value()
            self.detail.setHtml(html)
            if same_hint:
                bar.setValue(position)
        self._detail_id = hint.id if hint else None
        for button in (self.insert_button, self.asked_button, self.dismiss_button):
            button.setEnabled(hint is not None)
        self.insert_button.setEnabled(bool(hint and hint.questions) and self.questions_allowed)

    def allow_questions(self, allowed: bool) -> None:
        """Whether suggested questions may go into the transcript now (not once it is being
        read back or sealed: the page asks the hearing's state)."""
        if allowed != self.questions_allowed:
            self.questions_allowed = allowed
            self._show_detail()

    def _explain(self, hint: Hint) -> str:
        e = hint.explanation
        parts = [f"<p><b>{escape(hint.title)}</b></p>", f"<p>{escape(hint.body)}</p>"]
        if hint.questions:
            items = "".join(f"<li>{escape(q)}</li>" for q in hint.questions)
            label = self.tr("Suggested questions:")
            parts.append(f"<p>{label}</p><ol>{items}</ol>")
        why = (
            self.tr("Why: from entry %4 (pack %2, version %3).")
            if len(e.entries) == 1
            else self.tr("Why: from entries %4 (pack %2, version %3).")
        )
        entries = ", ".join(str(n) for n in e.entries) or "–"
        parts.append(
            "<p><small>"
            + escape(  # the rule's id stays out of sight: the title above names the rule
                why.replace("%2", self.pack_name(e.pack_id))
                .replace("%3", e.pack_version)
                .replace("%4", entries)
            )
            + "</small></p>"
        )
        guideline = self.tr("Guideline:")  # (lupdate cannot see tr() inside f-strings)
        sample_note = self.tr("Sample data, not official guidance.")
        for s in e.statements:
            source = f"{s.source_title}, {s.paragraph}" if s.paragraph else s.source_title
            parts.append(
                f"<p><small>{guideline} {escape(s.text)} <i>({escape(source)})</i></small></p>"
            )
        if hint.sample:
            parts.append(f"<p><small><i>{sample_note}</i></small></p>")
        decision = self.view.decision(hint.id) if self.view else None
        if decision:
            text = decision.reason or (
                QCoreApplication.translate("AssistantModels", "Entry %1").replace(
                    "%1", str(decision.answer_entry)
                )
                if decision.answer_entry
                else ""
            )
            status = tr(STATUS_LABELS.get(decision.status, decision.status))
            parts.append(f"<p><small>{escape(status)}: {escape(text)}</small></p>")
        return "".join(parts)

    # --- the interviewer's decisions ------------------------------------------------------

    def _insert_next_question(self, index) -> None:
        if self.questions_allowed:
            self.insert_question_requested.emit(index.data(IdRole), "")

    def insert_selected(self, which: int = 0) -> None:
        """Insert the ``which``-th suggested question of the selected hint that is not yet in
        the transcript (Ctrl+I the first, Ctrl+Shift+I the second)."""
        hint = self.selected_hint()
        if not hint or not hint.questions or not self.questions_allowed:
            return
        fresh = [q for q in hint.questions if not self.already_asked(q)]
        if which < len(fresh):
            self.insert_question_requested.emit(fresh[which], hint.id)
        else:
            self.status.setText(
                self.tr("This hint's suggested questions are already in the transcript.")
            )

    def mark_selected_asked(self) -> None:
        hint = self.selected_hint()
        if hint:
            self.asked_requested.emit(hint.id)

    def _dismiss_selected(self) -> None:
        hint = self.selected_hint()
        if hint:
            self.dismiss_requested.emit(hint.id)

    def _mark_selected_item(self) -> None:
        index = self.checklist.currentIndex()
        if index.isValid():
            self.item_mark_requested.emit(index.data(IdRole))

    def _decide_fact(self, confirm: bool) -> None:
        index = self.facts.currentIndex()
        if index.isValid():
            self.fact_decided.emit(index.data(IdRole), confirm)


def _column(top: QWidget, buttons: QHBoxLayout | None) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(top, 1)
    if buttons is not None:
        layout.addLayout(buttons)
    return widget
