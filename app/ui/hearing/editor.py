"""The entry editor: question and answer fields made for fast typing, no mouse needed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette, QTextOption
from PySide6.QtWidgets import QComboBox, QLabel, QTextEdit, QVBoxLayout, QWidget

from app.domain.transcript import Entry, EntryKind, Speaker
from app.skeletons import Question
from app.ui.hearing.fields_form import FieldsForm
from app.ui.read_only import set_read_only

SPEAKERS = (Speaker.APPLICANT, Speaker.INTERVIEWER, Speaker.INTERPRETER, Speaker.OTHER)


def plain_editor(name: str) -> QTextEdit:
    # QTextEdit rather than QPlainTextEdit: its layout aligns each paragraph by the paragraph's
    # own direction, so an Arabic or Farsi answer starts at the right beside German questions
    # (QPlainTextEdit resolves the direction but still draws every line from the left).
    editor = QTextEdit()
    editor.setObjectName(name)
    editor.setAcceptRichText(False)
    editor.setTabChangesFocus(True)
    option = editor.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    editor.document().setDefaultTextOption(option)
    return editor


class EntryEditor(QWidget):
    edited = Signal()  # question or answer text changed by the user

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self.number: int | None = None
        self.heading = QLabel()
        self.heading.setObjectName("entryHeading")
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter, by the theme
        self.speaker = QComboBox()
        self.question = plain_editor("questionEdit")
        self.question.setMaximumHeight(70)
        self.answer = plain_editor("answerEdit")
        for editor in (self.question, self.answer):
            # Only characters typed or deleted count: re-colouring by the assistant's
            # highlighter also fires textChanged, and must never count as typing.
            editor.document().contentsChange.connect(self._contents_changed)
        self.fields = FieldsForm()
        self.fields.edited.connect(self._changed)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.help)
        layout.addWidget(self.speaker)
        layout.addWidget(self.question)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.fields)
        self.retranslate()
        self.show_entry(None)

    def retranslate(self) -> None:
        current = self.speaker.currentIndex()
        self.speaker.clear()
        labels = {
            Speaker.APPLICANT: self.tr("Applicant"),
            Speaker.INTERVIEWER: self.tr("Interviewer"),
            Speaker.INTERPRETER: self.tr("Interpreter"),
            Speaker.OTHER: self.tr("Other participant"),
        }
        for s in SPEAKERS:
            self.speaker.addItem(labels[s], s.value)
        self.speaker.setCurrentIndex(max(current, 0))
        self.question.setPlaceholderText(self.tr("Question"))
        self._set_answer_placeholder(self.speaker.isVisibleTo(self))

    def _set_answer_placeholder(self, remark: bool) -> None:
        # A remark (free entry) is no answer: it records what someone said or what happened.
        self.answer.setPlaceholderText(
            self.tr("Remark: what was said or what happened, and by whom (choose above)")
            if remark
            else self.tr("Answer")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_entry(
        self,
        entry: Entry | None,
        heading: str = "",
        help_text: str = "",
        read_only: bool = False,
        question: Question | None = None,
        language: str = "de",
    ) -> None:
        self._loading = True
        try:
            self.number = entry.number if entry else None
            self.heading.setText(heading)
            self.help.setText(help_text)
            self.help.setVisible(bool(help_text))
            self.question.setPlainText(entry.question if entry else "")
            self.answer.setPlainText(entry.answer if entry else "")
            free = bool(entry) and entry.kind == EntryKind.FREE
            self.speaker.setVisible(free)
            # Only a question-and-answer entry has a question (a notice, an addendum: none).
            self.question.setVisible(entry is None or entry.kind == EntryKind.QA)
            if entry:
                self.speaker.setCurrentIndex(max(self.speaker.findData(entry.speaker.value), 0))
            editable = (
                entry is not None and not read_only and entry.kind in (EntryKind.QA, EntryKind.FREE)
            )
            set_read_only(self.question, not editable)
            set_read_only(self.answer, not editable)
            self.speaker.setEnabled(editable)
            self._set_answer_placeholder(free)
            self.fields.show_question(
                question, entry.fields if entry else {}, language, not editable
            )
        finally:
            self._loading = False

    def field_values(self) -> dict[str, str] | None:
        """The typed fields, or None when the entry's question has none."""
        return self.fields.values() if self.fields.inputs else None

    def texts(self) -> tuple[str, str]:
        return self.question.toPlainText(), self.answer.toPlainText()

    def focus_answer(self) -> None:
        self.answer.setFocus(Qt.FocusReason.ShortcutFocusReason)
        cursor = self.answer.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.answer.setTextCursor(cursor)

    def focus_question(self) -> None:
        self.question.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _contents_changed(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self._changed()

    def _changed(self) -> None:
        if not self._loading and self.number is not None:
            self.edited.emit()
