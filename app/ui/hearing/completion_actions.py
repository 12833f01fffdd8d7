"""Completing a hearing from the hearing screen: read-back section by section, corrections,
notices, sealing (after the assistant's checklist), addenda and their seal, export.

The buttons live in CompletionPanel; this object turns their signals into operations on the
page's HearingSession and refreshes the page through ``page.apply``.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from app.domain.changes import HearingState
from app.domain.readback import sections
from app.domain.sealing import seal_hash
from app.export import export_docx, export_pdf
from app.ui import tasks
from app.ui.domain_text import translated
from app.ui.hearing.dialogs import CorrectionDialog, NoticeDialog, SealDialog, TextDialog

if TYPE_CHECKING:
    from app.ui.hearing.page import HearingPage


class CompletionActions(QObject):
    def __init__(self, page: HearingPage):
        super().__init__(page)
        self.page = page
        c = page.completion
        c.start_readback.connect(self.start_readback)
        c.resume_hearing.connect(self.resume_hearing)
        c.confirm_section.connect(self.confirm_section)
        c.section_selected.connect(page.show_section)
        c.correct_requested.connect(self.ask_correction)
        c.notice_requested.connect(self.ask_notice)
        c.seal_requested.connect(self.ask_seal)
        c.addendum_requested.connect(self.ask_addendum)
        c.seal_addenda_requested.connect(self.seal_addenda)
        c.export_requested.connect(self.ask_export)

    def start_readback(self) -> None:
        """Ctrl+Shift+R: read-back starts (unless it runs already) and its tab comes to the
        front with the next section to read selected - also when pressed again later."""
        page = self.page
        page.leave_current()
        running = page.hearing.state == HearingState.READBACK
        if running or page.apply(page.session.start_readback):
            page.show_side(page.completion)
            page.completion.select_next_pending()
            page.completion.sections.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def resume_hearing(self) -> None:
        self.page.apply(self.page.session.resume_hearing)

    def confirm_section(self, start: int) -> None:
        if self.page.apply(lambda: self.page.session.confirm_section(start)):
            self.page.completion.select_next_pending()

    def ask_correction(self, start: int) -> None:
        numbers = next(s.entry_numbers for s in sections(self.page.hearing) if s.start == start)
        dialog = CorrectionDialog(self.page.hearing, numbers, self.page)
        dialog.accepted.connect(lambda: self.correct(*dialog.values()))
        dialog.open()

    def correct(self, number: int, corrected: str) -> None:
        self.page.apply(lambda: self.page.session.correct(number, corrected))

    def ask_notice(self, notice_id: str) -> None:
        """A notice goes into the record for good: the interviewer sees its wording first."""
        page = self.page
        dialog = NoticeDialog(
            notice_id,
            page.transcript_language,
            page,
            applicant_sex=page.session.case.applicant.sex,
            interpreter=page.hearing.interpreter,
        )
        dialog.accepted.connect(lambda: self.record_notice(notice_id))
        dialog.open()

    def record_notice(self, notice_id: str) -> None:
        if self.page.apply(
            lambda: self.page.session.record_notice(notice_id, self.page.transcript_language)
        ):
            self.page.transcript_view.scrollToBottom()

    def open_checklist_items(self) -> list[str]:
        """Titles of the assistant's open checklist items (none without an assistant)."""
        return self.page.assistant.open_items()

    def ask_seal(self) -> None:
        if self.page.assistant.loading:  # its checklist must be seen before sealing
            self.page.message.emit(
                self.tr("The assistant is still loading; please seal in a moment.")
            )
            return
        missing = [
            translated(m, self.page.ui_language) for m in self.page.hearing.missing_before_seal()
        ]
        dialog = SealDialog(missing, self.open_checklist_items(), self.page)
        dialog.accepted.connect(lambda: self.seal(dialog.open_items_reason()))
        dialog.open()

    def seal(self, open_items_reason: str = "") -> None:
        self.page.assistant.record_seal(len(self.page.hearing.seals) + 1, open_items_reason)
        if self.page.apply(
            lambda: self.page.session.seal(open_items_reason), stored=self.page.sealed.emit
        ):
            self.page.message.emit(self.tr("The transcript is sealed."))

    def ask_addendum(self) -> None:
        dialog = TextDialog(
            self.tr("Addendum"),
            self.tr("The transcript is sealed. The addendum is added after it, marked as such."),
            self.page,
        )
        dialog.accepted.connect(lambda: dialog.value() and self.add_addendum(dialog.value()))
        dialog.open()

    def add_addendum(self, text: str) -> None:
        if self.page.apply(lambda: self.page.session.add_addendum(text)):
            self.page.show_entry(self.page.hearing.entries[-1].number)  # it lands at the end

    def seal_addenda(self) -> None:
        self.page.assistant.record_seal(len(self.page.hearing.seals) + 1)
        if self.page.apply(self.page.session.seal_addenda, stored=self.page.sealed.emit):
            self.page.message.emit(self.tr("The addenda are sealed as a new version."))

    def ask_export(self, fmt: str) -> None:
        from app.ui.hearing.export_dialog import ExportDialog, export_policy

        folder, pdf_password_required = export_policy()
        if fmt == "docx" and pdf_password_required:
            self.page.message.emit(
                self.tr(
                    "IT requires password-protected exports, and a Word file cannot be "
                    "protected: please export as PDF."
                )
            )
            return
        name = f"Niederschrift-{self.page.session.case.reference}.{fmt}".replace("/", "-")
        dialog = ExportDialog(fmt, name, folder, pdf_password_required, self.page)
        dialog.fileSelected.connect(lambda path: self.export_to(fmt, Path(path), dialog.password()))
        dialog.open()

    def export_to(self, fmt: str, path: Path, password: str | None = None):
        """Export in the background; the audit trail records it once the file is written.
        A PDF with ``password`` is encrypted (the file itself is owner-only either way)."""
        case, hearing = copy.deepcopy(self.page.session.case), copy.deepcopy(self.page.hearing)
        writer = export_docx if fmt == "docx" else functools.partial(export_pdf, password=password)
        digest = hearing.seals[-1].content_hash if hearing.seals else seal_hash(case, hearing)
        title = self.page.skeleton.title_in(self.page.transcript_language)

        def done(written: Path) -> None:
            self.page.track(self.page.session.record_export(fmt, digest))
            text = (
                self.tr("Exported to %1, protected with the password.")
                if password and fmt == "pdf"
                else self.tr("Exported to %1")
            )
            self.page.message.emit(text.replace("%1", str(written)))
            self.page.exported.emit(str(written))

        def failed(error: BaseException) -> None:
            self.page.message.emit(self.tr("Export failed: %1").replace("%1", str(error)))

        labels = {
            (q.id, f.id): f.label_in(self.page.transcript_language)
            for q in self.page.skeleton.questions
            for f in q.fields
        }
        return tasks.run(
            tasks.in_background(
                writer, case, hearing, path, self.page.transcript_language, title, labels
            ),
            done,
            failed,
        )
