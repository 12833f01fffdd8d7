"""Small non-blocking dialogs of the hearing screen: correction, addendum, sealing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.domain.hearing import Hearing
from app.domain.notices import notice_text, notice_title
from app.ui.buttons import ok_cancel
from app.ui.read_only import set_read_only


class CorrectionDialog(QDialog):
    """Which entry of the section the applicant corrects, and the corrected wording."""

    def __init__(self, hearing: Hearing, entry_numbers: tuple[int, ...], parent=None):
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correction at read-back"))
        self.hearing = hearing
        self.entry = QComboBox()
        for n in entry_numbers:
            self.entry.addItem(str(n), n)
        self.original = QLabel()
        self.original.setWordWrap(True)
        self.corrected = QPlainTextEdit()
        self.corrected.setTabChangesFocus(True)
        self.entry.currentIndexChanged.connect(self._show_original)
        form = QFormLayout()
        form.addRow(self.tr("Entry"), self.entry)
        form.addRow(self.tr("As recorded"), self.original)
        form.addRow(self.tr("Corrected wording"), self.corrected)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The original stays in the transcript; the correction "
                    "is shown beside it with its time."
                )
            )
        )
        layout.addWidget(buttons)
        self._show_original()

    def _show_original(self) -> None:
        number = self.entry.currentData()
        if number is not None:
            current = self.hearing.current_answer(number)
            self.original.setText(current)
            self.corrected.setPlainText(current)

    def values(self) -> tuple[int, str]:
        return self.entry.currentData(), self.corrected.toPlainText()


class TextDialog(QDialog):
    """A titled text input (addendum, reasons)."""

    def __init__(self, title: str, explanation: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        label = QLabel(explanation)
        label.setWordWrap(True)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def value(self) -> str:
        return self.text.toPlainText().strip()


class NoticeDialog(QDialog):
    """The wording of a notice before it is recorded: once in the Niederschrift, it stays."""

    def __init__(
        self,
        notice_id: str,
        language: str,
        parent=None,
        applicant_sex: str = "",
        interpreter: str = "",
    ):
        super().__init__(parent)
        self.setObjectName("noticeDialog")
        self.setWindowTitle(notice_title(notice_id, language))
        intro = QLabel(self.tr("This text is recorded in the transcript with the time:"))
        intro.setWordWrap(True)
        wording = QLabel(notice_text(notice_id, language, applicant_sex, interpreter))
        wording.setWordWrap(True)
        wording.setObjectName("noticeWording")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(wording)
        layout.addWidget(ok_cancel(self))


class SealDialog(QDialog):
    """Confirms sealing, or lists what is still missing before the transcript can be sealed."""

    def __init__(self, missing: list[str], open_items: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("sealDialog")
        self.setWindowTitle(self.tr("Seal transcript"))
        self.can_seal = not missing
        layout = QVBoxLayout(self)
        if missing:
            text = self.tr("The transcript cannot be sealed yet:") + "\n• " + "\n• ".join(missing)
        else:
            text = self.tr(
                "After sealing, the transcript cannot be changed; later additions "
                "are recorded as a marked addendum. Seal now?"
            )
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        if open_items and not missing:
            label = QLabel(
                self.tr(
                    "Open checklist items: %1. Please give the reason for completing anyway:"
                ).replace("%1", ", ".join(open_items))
            )
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addWidget(self.reason)
        else:
            self.reason.hide()
        self.needs_reason = bool(open_items) and not missing
        layout.addWidget(ok_cancel(self, self._accept, ok=self.can_seal))

    def _accept(self) -> None:
        if self.needs_reason and not self.reason.toPlainText().strip():
            self.reason.setPlaceholderText(self.tr("A reason is required."))
            self.reason.setFocus()
            return
        self.accept()

    def open_items_reason(self) -> str:
        return self.reason.toPlainText().strip()


class ParticipantsDialog(QDialog):
    """Who takes part: interpreter and language, place, and others present with their role."""

    def __init__(self, hearing: Hearing, parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QLineEdit

        self.setObjectName("participantsDialog")
        self.setWindowTitle(self.tr("Participants"))
        self.interpreter = QLineEdit(hearing.interpreter)
        self.language = QLineEdit(hearing.language)
        self.place = QLineEdit(hearing.place)
        self.others = QPlainTextEdit("\n".join(hearing.participants))
        self.others.setTabChangesFocus(True)
        self.others.setPlaceholderText(
            self.tr(
                "One per line, with the role, e.g.\nRechtsanwältin Dr. Muster (Bevollmächtigte)"
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Interpreter"), self.interpreter)
        form.addRow(self.tr("Language of the hearing"), self.language)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Others present"), self.others)
        layout = QVBoxLayout(self)
        if hearing.sealed:
            # The seal covers the header: shown, not offered for editing.
            for field in (self.interpreter, self.language, self.place, self.others):
                set_read_only(field, True)
            note = QLabel(self.tr("The transcript is sealed; its header cannot be changed."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        if hearing.sealed:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
        else:
            buttons = ok_cancel(self)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, str, list[str]]:
        others = [line.strip() for line in self.others.toPlainText().splitlines() if line.strip()]
        return (
            self.interpreter.text().strip(),
            self.language.text().strip(),
            self.place.text().strip(),
            others,
        )
