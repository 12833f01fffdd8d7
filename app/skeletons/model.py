"""The shape of a question skeleton: plain pydantic models, no Qt and no SQL.

Every text exists in German and English because the Niederschrift is German while interviewers
and reviewers may work in English; a missing translation is an error, not a silent fallback.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StrictInt

from app.datafiles.types import LANGUAGES as LANGUAGES  # re-exported
from app.datafiles.types import LocalizedText, StrictModel

Lang = Literal["de", "en"]
ID_PATTERN = r"^[a-z0-9_-]+$"

# Ids are stored in transcripts (question_ref, skeleton_id), so they are restricted to a form
# that survives file names, URLs and SQL without quoting.
Id = Annotated[str, Field(pattern=ID_PATTERN)]

_Model = StrictModel


class FieldKind(StrEnum):
    PLACE = "place"
    DATE = "date"
    YESNO = "yesno"
    PEOPLE = "people"
    TEXT = "text"
    NUMBER = "number"


class AnswerField(_Model):
    """A typed slot the interviewer may fill beside the free answer (facts for the assistant)."""

    id: Id
    kind: FieldKind
    label: LocalizedText

    def label_in(self, lang: str) -> str:
        return self.label.get(lang)


class Question(_Model):
    id: Id
    text: LocalizedText
    help: LocalizedText  # for the interviewer only: what the answer should cover
    fields: tuple[AnswerField, ...] = ()
    topics: tuple[Id, ...] = ()  # checklist topics this question covers

    def text_in(self, lang: str) -> str:
        return self.text.get(lang)

    def help_in(self, lang: str) -> str:
        return self.help.get(lang)

    def field(self, field_id: str) -> AnswerField:
        for f in self.fields:
            if f.id == field_id:
                return f
        known = ", ".join(f.id for f in self.fields) or "none"
        raise LookupError(f"question '{self.id}' has no field '{field_id}' (fields: {known})")


class Skeleton(_Model):
    id: Id
    version: StrictInt = Field(ge=1)
    title: LocalizedText
    note: LocalizedText  # says that this is sample content, not official guidance
    question_count: StrictInt | None = Field(default=None, ge=1)  # a self-check of the file
    questions: tuple[Question, ...] = Field(min_length=1)

    def title_in(self, lang: str) -> str:
        return self.title.get(lang)

    def note_in(self, lang: str) -> str:
        return self.note.get(lang)

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise LookupError(
            f"skeleton '{self.id}' has no question '{question_id}' "
            f"(questions: {', '.join(self.question_ids)})"
        )
