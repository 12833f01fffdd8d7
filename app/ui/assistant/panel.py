"""The assistant panel: what was noticed, and what the interviewer might do with it.

Nothing here changes the transcript by itself. "Insert question" (Ctrl+I) adds the suggested
question as a new follow-up entry and records the hint as asked, with the entry that holds
the answer; "Dismiss" needs a reason. Both are kept for the review, never in the Niederschrift.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
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

from app.assistant import Hint, Session
from app.ui.assistant.models import ChecklistModel, FactModel, HintModel, IdRole


class AssistantPanel(QWidget):
    insert_question_requested = Signal(str, str)  # question text, hint id ("" for checklist)
    dismiss_requested = Signal(str)  # hint id: the page asks for the reason
    decisions_changed = Signal()  # something to persist
    facts_changed = Signal()  # confirmation or rejection: re-highlight

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("assistantPanel")
        self.session: Session | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.alert = QLabel()
        self.alert.setObjectName("assistantAlert")
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet("background: #fde2e1; border: 1px solid #d93025; padding: 6px;")
        self.alert.hide()

        self.hint_model = HintModel(self)
        self.hints = QListView()
        self.hints.setObjectName("hintList")
        self.hints.setModel(self.hint_model)
        self.hints.setWordWrap(True)
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
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(lambda: self._decide_fact(confirm=True))
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(lambda: self._decide_fact(confirm=False))

        self.checklist_model = ChecklistModel(self)
        self.checklist = QListView()
        self.checklist.setObjectName("checklist")
        self.checklist.setModel(self.checklist_model)
        self.progress = QProgressBar()
        self.next_questions = QListView()
        self.next_questions.setObjectName("nextQuestions")
        from PySide6.QtCore import QStringListModel

        self.next_model = QStringListModel(self)
        self.next_questions.setModel(self.next_model)
        self.next_questions.activated.connect(
            lambda index: self.insert_question_requested.emit(index.data(), "")
        )

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
        insert.activated.connect(self.insert_selected)
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
        self.next_label = QLabel()
        widget.layout().addWidget(self.next_label)
        widget.layout().addWidget(self.next_questions, 1)
        return widget

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Hints"))
        self.tabs.setTabText(1, self.tr("Detected"))
        self.tabs.setTabText(2, self.tr("Checklist"))
        self.insert_button.setText(self.tr("Insert question (Ctrl+I)"))
        self.asked_button.setText(self.tr("Mark as asked"))
        self.dismiss_button.setText(self.tr("Dismiss…"))
        self.confirm_button.setText(self.tr("Confirm"))
        self.reject_button.setText(self.tr("Wrong – reject"))
        self.next_label.setText(
            self.tr("Still open – questions that would settle it (Enter inserts):")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ----------------------------------------------------------------------------

    def set_unavailable(self, reason: str) -> None:
        self.session = None
        self.status.setText(self.tr("The assistant is not available: %1").replace("%1", reason))
        self.refresh()

    def set_session(self, session: Session) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the session (cheap: a few dozen rows)."""
        session = self.session
        current = self.hints.currentIndex().data(IdRole)
        self.hint_model.refresh(session)
        self.fact_model.refresh(session)
        self.checklist_model.refresh(session.checklist if session else None)
        if session is None:
            self.alert.hide()
            self.next_model.setStringList([])
            return
        checklist = session.checklist
        self.progress.setValue(round(checklist.progress * 100))
        self.progress.setFormat(
            self.tr("%1 of %2 elements covered")
            .replace("%1", str(checklist.covered_count))
            .replace("%2", str(len(checklist.items)))
        )
        self.next_model.setStringList([q for _item, q in checklist.next_questions(limit=8)])
        versions = ", ".join(f"{k} {v}" for k, v in sorted(session.pack_versions.items()))
        self.status.setText(
            self.tr("Sample rule packs, not official guidance: %1").replace("%1", versions)
        )
        urgent = [h.title for h in session.hints if h.kind == "vulnerability"]
        self.alert.setVisible(bool(urgent))
        self.alert.setText(
            self.tr("Possible need for a special officer: %1").replace("%1", "; ".join(urgent))
        )
        row = self.hint_model.row_of(current) if current else -1
        if row < 0 and self.hint_model.rowCount():
            row = 0
        if row >= 0:
            self.hints.setCurrentIndex(self.hint_model.index(row))
        self._show_detail()

    def selected_hint(self) -> Hint | None:
        index = self.hints.currentIndex()
        return self.hint_model.hint_at(index.row()) if index.isValid() else None

    def _show_detail(self) -> None:
        hint = self.selected_hint()
        self.detail.setHtml(self._explain(hint) if hint else "")
        for button in (self.insert_button, self.asked_button, self.dismiss_button):
            button.setEnabled(hint is not None)
        self.insert_button.setEnabled(bool(hint and hint.questions))

    def _explain(self, hint: Hint) -> str:
        e = hint.explanation
        parts = [f"<p><b>{escape(hint.title)}</b></p>", f"<p>{escape(hint.body)}</p>"]
        if hint.questions:
            items = "".join(f"<li>{escape(q)}</li>" for q in hint.questions)
            label = self.tr("Suggested questions:")
            parts.append(f"<p>{label}</p><ol>{items}</ol>")
        why = self.tr("Why: rule %1 (pack %2, version %3), from entries %4.")
        entries = ", ".join(str(n) for n in e.entries) or "–"
        parts.append(
            "<p><small>"
            + escape(
                why.replace("%1", e.rule_id)
                .replace("%2", e.pack_id)
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
        decision = self.session.decision(hint.id) if self.session else None
        if decision:
            text = decision.reason or (f"#{decision.answer_entry}" if decision.answer_entry else "")
            parts.append(f"<p><small>{escape(decision.status)}: {escape(text)}</small></p>")
        return "".join(parts)

    # --- the interviewer's decisions ------------------------------------------------------

    def insert_selected(self) -> None:
        hint = self.selected_hint()
        if hint and hint.questions:
            self.insert_question_requested.emit(hint.questions[0], hint.id)

    def mark_selected_asked(self, answer_entry: int | None = None) -> None:
        hint = self.selected_hint()
        if hint and self.session:
            self.session.mark_hint(hint.id, "asked", answer_entry=answer_entry)
            self.decisions_changed.emit()
            self.refresh()

    def record_asked(self, hint_id: str, answer_entry: int) -> None:
        if self.session and self.session.hint(hint_id):
            self.session.mark_hint(hint_id, "asked", answer_entry=answer_entry)
            self.decisions_changed.emit()
            self.refresh()

    def dismiss(self, hint_id: str, reason: str) -> None:
        if self.session:
            self.session.mark_hint(hint_id, "dismissed", reason=reason)
            self.decisions_changed.emit()
            self.refresh()

    def _dismiss_selected(self) -> None:
        hint = self.selected_hint()
        if hint:
            self.dismiss_requested.emit(hint.id)

    def _decide_fact(self, confirm: bool) -> None:
        index = self.facts.currentIndex()
        if not index.isValid() or not self.session:
            return
        fact_id = index.data(IdRole)
        if confirm:
            self.session.confirm_fact(fact_id)
        else:
            self.session.reject_fact(fact_id)
        self.decisions_changed.emit()
        self.facts_changed.emit()
        self.refresh()
        self.facts.setCurrentIndex(
            self.fact_model.index(min(index.row(), self.fact_model.rowCount() - 1))
        )


def _column(top: QWidget, buttons: QHBoxLayout | None) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(top, 1)
    if buttons is not None:
        layout.addLayout(buttons)
    return widget
