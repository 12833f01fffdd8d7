"""Transcript entries and their revisions.

An entry is a numbered question/answer pair, a free entry (a remark of a participant, a note of
the proceedings), a recorded notice, or - after sealing - an addendum. Typing goes into the
entry's *working* revision; once the interviewer leaves the entry the revision is closed, and
editing it again opens a new one, so earlier wording is never lost.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.domain.clock import utcnow


class EntryKind(StrEnum):
    QA = "qa"  # question by the interviewer, answer by the applicant
    FREE = "free"  # a remark or a note of the proceedings, with its speaker
    NOTICE = "notice"  # a mandatory notice or closing statement, recorded with its time
    ADDENDUM = "addendum"  # added after sealing, marked as such


class Speaker(StrEnum):
    INTERVIEWER = "interviewer"
    APPLICANT = "applicant"
    INTERPRETER = "interpreter"
    OTHER = "other"  # lawyer, guardian, UNHCR, trusted person


@dataclass
class Revision:
    number: int
    question: str
    answer: str
    saved_at: datetime
    closed: bool = False
    # Typed answer fields of the skeleton question (field id -> value as typed: a place, a
    # date "dd.mm.yyyy", "ja"/"nein", names, a number). Revisioned with the text.
    fields: dict[str, str] = field(default_factory=dict)


@dataclass
class Entry:
    hearing_id: str
    number: int
    kind: EntryKind
    question: str = ""
    answer: str = ""
    speaker: Speaker = Speaker.APPLICANT
    question_ref: str | None = None  # id of the skeleton question this entry answers
    notice_id: str | None = None
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: datetime = field(default_factory=utcnow)
    revisions: list[Revision] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.revisions:
            self.revisions.append(Revision(1, self.question, self.answer, self.created_at))

    @property
    def current(self) -> Revision:
        return self.revisions[-1]

    @property
    def fields(self) -> dict[str, str]:
        return dict(self.current.fields)

    @property
    def updated_at(self) -> datetime:
        return self.current.saved_at

    @property
    def answered(self) -> bool:
        # "Not all whitespace" looks at an answer's first characters, where strip() would copy
        # the whole answer, a long narrative too.
        return bool(self.answer) and not self.answer.isspace()

    def write(
        self,
        question: str,
        answer: str,
        at: datetime | None = None,
        fields: dict[str, str] | None = None,
    ) -> Revision | None:
        """Record the entry's new text (and typed fields, when given); returns the revision
        written, or None if nothing changed.

        Writes into the working revision while it is open; a closed revision is never changed,
        a new one is opened instead.
        """
        fields = {k: v for k, v in (self.fields if fields is None else fields).items() if v}
        if question == self.question and answer == self.answer and fields == self.current.fields:
            return None
        at = at or utcnow()
        if self.current.closed:
            self.revisions.append(
                Revision(self.current.number + 1, question, answer, at, fields=fields)
            )
        else:
            rev = self.current
            rev.question, rev.answer, rev.saved_at, rev.fields = question, answer, at, fields
        self.question, self.answer = question, answer
        return self.current

    def close_revision(self) -> Revision | None:
        """The interviewer left the entry: freeze the working revision. None if already closed."""
        if self.current.closed:
            return None
        self.current.closed = True
        return self.current


@dataclass(frozen=True)
class Correction:
    """A correction the applicant made at read-back. The original answer is kept as it was."""

    entry_id: str
    entry_number: int
    original: str
    corrected: str
    at: datetime
    id: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass(frozen=True)
class Break:
    started_at: datetime
    ended_at: datetime | None = None
    reason: str = ""
