"""The transcript view model: a hearing turned into the rows of text the Niederschrift shows.

Both the DOCX and the PDF builder lay out the same view, so what the document says (order,
numbering, labels, corrections, addenda) is decided once, here, and the builders only decide
how it looks. All wording comes from the language template (see wording.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.domain.case import Case
from app.domain.hearing import Hearing, HearingState, SectionStatus
from app.domain.notices import NOTICES_BY_ID, notice_title
from app.domain.persons import interpreter_sex
from app.domain.readback import sections
from app.domain.sealing import verify_seal
from app.domain.transcript import Correction, Entry, EntryKind, Speaker
from app.export.bidi import is_rtl
from app.export.wording import Wording

# Placeholders for the page numbers in the footer text: the DOCX builder replaces them with
# Word fields, the PDF builder with the numbers. Private-use characters never occur in text.
PAGE_MARK = "\ue000"
PAGES_MARK = "\ue001"


class Kind(StrEnum):
    QUESTION = "question"
    ANSWER = "answer"
    FREE = "free"
    NOTICE = "notice"
    CORRECTION = "correction"
    ADDENDUM = "addendum"


@dataclass(frozen=True, slots=True)
class Line:
    """One paragraph of running text and its direction."""

    text: str
    rtl: bool


@dataclass(frozen=True, slots=True)
class Field:
    """A 'label: value' line of the head. The label leads, so the line stays left to right;
    only the value is marked right to left when it is (an Arabic name, say)."""

    label: str
    value: str
    value_rtl: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """A labelled piece of the transcript: 'Frage 12:' and the question's lines, and so on."""

    kind: Kind
    label: str
    lines: tuple[Line, ...]
    number: int


@dataclass(frozen=True, slots=True)
class SealInfo:
    fields: tuple[Field, ...]
    warning: str  # non-empty when the content no longer matches the seal


@dataclass(frozen=True, slots=True)
class Signature:
    role: str
    name: str
    name_rtl: bool = False


@dataclass(frozen=True)
class TranscriptView:
    language: str
    reference: str
    title: str
    subtitle: str
    draft_notice: str  # non-empty while the transcript is not sealed
    running_header: str
    page_footer: str  # contains PAGE_MARK and PAGES_MARK
    head: tuple[Field, ...]
    participants_heading: str
    participants: tuple[Field, ...]
    applicant_heading: str
    applicant: tuple[Field, ...]
    transcript_heading: str
    blocks: tuple[Block, ...]
    readback_heading: str
    readback: tuple[Line, ...]
    seal_heading: str
    seals: tuple[SealInfo, ...]
    addenda_heading: str
    addenda_note: str
    addenda: tuple[Block, ...]
    signatures_heading: str
    signatures: tuple[Signature, ...]


# Control characters that XML 1.0 cannot hold (pasted text brings them: vertical tabs from
# Word, NULs from broken clipboards). Left in, they make the DOCX writer fail outright.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def _lines(text: str) -> tuple[Line, ...]:
    # One paragraph per line of the typed text; blank lines carry nothing (the layout spaces
    # paragraphs itself), and each line gets its own direction: an answer may mix languages.
    # (Split first: splitlines also breaks at Word's vertical tab, which is its line break.)
    stripped = (clean(s).strip() for s in text.splitlines())
    return tuple(Line(t, is_rtl(t)) for t in stripped if t)


def _field(label: str, value: str) -> Field:
    value = clean(value)
    return Field(label, value, is_rtl(value))


def group_digits(digest: str, size: int = 8) -> str:
    """A hex digest in groups of ``size`` ('dcf57da6 1da3e99b ...'): easier to compare by eye
    than 64 characters in a row, and the line can wrap between groups."""
    return " ".join(digest[i : i + size] for i in range(0, len(digest), size))


def _signature(role: str, name: str) -> Signature:
    name = clean(name)
    return Signature(role, name, is_rtl(name))


class _Builder:
    def __init__(
        self,
        case: Case,
        hearing: Hearing,
        language: str,
        skeleton_title: str,
        field_labels: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self.case, self.hearing, self.skeleton_title = case, hearing, skeleton_title
        self.field_labels = field_labels or {}
        self.w = Wording(
            language,
            applicant_sex=case.applicant.sex,
            interpreter_sex=interpreter_sex(hearing.interpreter),
            hearing_language=hearing.language,
        )
        self.speakers = {s: self.w.static(f"speaker_{s.value}") for s in Speaker}

    def stamp(self, moment) -> dict[str, str]:
        return {"date": self.w.date(moment), "time": self.w.time(moment)}

    # --- head ---------------------------------------------------------------------------

    def head(self) -> tuple[Field, ...]:
        w, h = self.w, self.hearing
        start = h.started_at
        if h.ended_at is None:
            end = w.static("not_ended")
        elif w.date(h.ended_at) == w.date(start):
            end = w.text("clock", time=w.time(h.ended_at))
        else:  # a hearing that ran past midnight: say which day it ended
            end = f"{w.date(h.ended_at)}, {w.text('clock', time=w.time(h.ended_at))}"
        breaks = "; ".join(
            w.text(
                "break_item",
                start=w.time(b.started_at),
                end=w.time(b.ended_at) if b.ended_at else "",
                reason=b.reason,
            )
            for b in h.breaks
        ) or w.static("no_breaks")
        return (
            _field(w.static("label_reference"), self.case.reference),
            _field(w.static("label_date"), w.date(start)),
            _field(w.static("label_place"), h.place),
            _field(w.static("label_start"), w.text("clock", time=w.time(start))),
            _field(w.static("label_end"), end),
            _field(w.static("label_breaks"), breaks),
        )

    def participants(self) -> tuple[Field, ...]:
        w, h = self.w, self.hearing
        rows = [_field(w.static("label_interviewer"), h.interviewer)]
        if h.interpreter:
            value = w.text("interpreter_value", name=h.interpreter)
            rows.append(_field(w.static("label_interpreter"), value))
        for i, other in enumerate(h.participants):
            # The label once, then the further names beneath it.
            rows.append(_field(w.static("label_others") if i == 0 else "", other))
        return tuple(rows)

    def applicant(self) -> tuple[Field, ...]:
        w, a = self.w, self.case.applicant
        rows = [_field(w.static("label_name"), a.display_name)]
        if a.original_name:
            rows.append(_field(w.static("label_name_original"), a.original_name))
        if a.date_of_birth:
            rows.append(
                _field(w.static("label_date_of_birth"), a.date_of_birth.strftime(w.date_format))
            )
        if a.place_of_birth:
            rows.append(_field(w.static("label_place_of_birth"), a.place_of_birth))
        if a.nationality:
            nationality = w.text("nationality_value", code=a.nationality.strip().upper())
            rows.append(_field(w.static("label_nationality"), nationality))
        return tuple(rows)

    # --- body ---------------------------------------------------------------------------

    def field_lines(self, entry: Entry) -> tuple[Line, ...]:
        """The typed answer fields under the answer, "label: value" (ids when unlabelled)."""
        text = "\n".join(
            f"{self.field_labels.get((entry.question_ref, fid), fid)}: {value}"
            for fid, value in sorted(entry.fields.items())
        )
        return _lines(text) if text else ()

    def entry_blocks(self, entry: Entry, corrections: list[Correction]) -> list[Block]:
        w, n = self.w, entry.number
        blocks: list[Block] = []
        if entry.kind == EntryKind.QA:
            if not (entry.question.strip() or entry.answer.strip() or corrections):
                return blocks  # an entry opened but never written holds nothing to record
            blocks.append(
                Block(Kind.QUESTION, w.text("question_label", number=n), _lines(entry.question), n)
            )
            answer = _lines(entry.answer) or (Line(w.static("no_answer"), False),)
            answer += self.field_lines(entry)
            blocks.append(Block(Kind.ANSWER, w.static("answer_label"), answer, n))
        elif entry.kind == EntryKind.FREE:
            text = "\n".join(t for t in (entry.question, entry.answer) if t.strip())
            if not (text or corrections):
                return blocks
            label = w.text("free_label", number=n, speaker=self.speakers[entry.speaker])
            blocks.append(Block(Kind.FREE, label, _lines(text), n))
        elif entry.kind == EntryKind.NOTICE:
            known = entry.notice_id in NOTICES_BY_ID
            title = notice_title(entry.notice_id, w.language) if known else ""
            label = w.text("notice_label", number=n, title=title, **self.stamp(entry.created_at))
            # The text as recorded, not re-translated: it is what was said and what was sealed.
            blocks.append(Block(Kind.NOTICE, label, _lines(entry.answer), n))
        # Each correction right after the entry it corrects, the original left as it was.
        for c in corrections:
            label = w.text("correction_label", **self.stamp(c.at))
            blocks.append(Block(Kind.CORRECTION, label, _lines(c.corrected), n))
        return blocks

    def body(self) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
        by_entry: dict[int, list[Correction]] = {}
        for c in self.hearing.corrections:
            by_entry.setdefault(c.entry_number, []).append(c)
        blocks: list[Block] = []
        addenda: list[Block] = []
        for entry in self.hearing.entries:
            if entry.kind == EntryKind.ADDENDUM:
                label = self.w.text(
                    "addendum_label",
                    number=entry.number,
                    speaker=self.speakers[entry.speaker],
                    **self.stamp(entry.created_at),
                )
                addenda.append(Block(Kind.ADDENDUM, label, _lines(entry.answer), entry.number))
            else:
                blocks.extend(self.entry_blocks(entry, by_entry.get(entry.number, [])))
        return tuple(blocks), tuple(addenda)

    # --- closing ------------------------------------------------------------------------

    def readback(self) -> tuple[Line, ...]:
        h = self.hearing
        all_sections = sections(h)
        statuses = [s.status for s in all_sections]
        confirmed = statuses.count(SectionStatus.CONFIRMED)
        corrected = statuses.count(SectionStatus.CORRECTED)
        if h.state == HearingState.IN_PROGRESS and not (confirmed or corrected or h.corrections):
            state = "not_started"
        elif not all(s.done for s in statuses) or h.state == HearingState.IN_PROGRESS:
            state = "in_progress"
        else:
            state = "done"
        text = self.w.lines(
            "readback_note",
            state=state,
            sections=len(all_sections),
            confirmed=confirmed,
            corrected=corrected,
            corrections=len(h.corrections),
            interpreter=h.interpreter,
        )
        return tuple(Line(t, is_rtl(t)) for t in text)

    def seals(self) -> tuple[SealInfo, ...]:
        w = self.w
        result = []
        for seal in self.hearing.seals:
            sealed_at = f"{w.date(seal.sealed_at)}, {w.text('clock', time=w.time(seal.sealed_at))}"
            fields = [
                _field(w.static("label_sealed_at"), sealed_at),
                _field(w.static("label_content_hash"), group_digits(seal.content_hash)),
                _field(w.static("label_covers"), w.text("covers_value", up_to=seal.covers_up_to)),
            ]
            if seal.device_key_id:
                fields.append(_field(w.static("label_device_key"), seal.device_key_id))
            if seal.open_items_reason:
                fields.append(_field(w.static("label_open_items"), seal.open_items_reason))
            # A printout that claims a seal its content no longer matches would mislead.
            intact = verify_seal(self.case, self.hearing, seal)
            warning = "" if intact else w.text("seal_mismatch", version=seal.version)
            result.append(SealInfo(tuple(fields), warning))
        return tuple(result)

    def build(self) -> TranscriptView:
        w, h = self.w, self.hearing
        blocks, addenda = self.body()
        subtitle = (
            w.text("skeleton", skeleton_title=self.skeleton_title) if self.skeleton_title else ""
        )
        return TranscriptView(
            language=w.language,
            reference=self.case.reference,
            title=w.static("title"),
            subtitle=subtitle,
            draft_notice="" if h.sealed else w.static("draft_notice"),
            running_header=w.text("running_header", reference=self.case.reference),
            page_footer=w.text("page_footer", page=PAGE_MARK, pages=PAGES_MARK),
            head=self.head(),
            participants_heading=w.static("heading_participants"),
            participants=self.participants(),
            applicant_heading=w.static("heading_applicant"),
            applicant=self.applicant(),
            transcript_heading=w.static("heading_transcript"),
            blocks=blocks,
            readback_heading=w.static("heading_readback"),
            readback=self.readback(),
            seal_heading=w.static("heading_seal"),
            seals=self.seals(),
            addenda_heading=w.static("heading_addenda"),
            addenda_note=w.static("addenda_note"),
            addenda=addenda,
            signatures_heading=w.static("heading_signatures"),
            signatures=(
                _signature(w.static("signature_place_date"), ""),  # filled in by hand
                _signature(w.static("signature_applicant"), self.case.applicant.display_name),
                _signature(w.static("signature_interpreter"), h.interpreter),
                _signature(w.static("signature_interviewer"), h.interviewer),
            ),
        )


def build_view(
    case: Case,
    hearing: Hearing,
    language: str = "de",
    skeleton_title: str = "",
    field_labels: dict[tuple[str, str], str] | None = None,
) -> TranscriptView:
    """The Niederschrift of ``hearing`` as display rows in ``language`` (a template name).
    ``field_labels``: (question id, field id) -> label of the skeleton's typed answer fields."""
    return _Builder(case, hearing, language, skeleton_title, field_labels).build()
