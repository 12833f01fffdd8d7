"""The shape of rule-pack files, as pydantic models (one per YAML file).

Conditions (``when``, ``covered_when``, ``unless``) are kept as plain data here and compiled by
:mod:`app.assistant.packs.conditions`, which reports mistakes in words an editor understands.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import Field

from app.datafiles.types import LANGUAGES as LANGUAGES  # re-exported
from app.datafiles.types import LocalizedText, StrictModel, Text

ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN)]

_Model = StrictModel
Localized = LocalizedText


class Source(_Model):
    id: Id
    title: Text
    url: str = ""
    date: dt.date | None = None


class PackMeta(_Model):
    """pack.yaml"""

    id: Id
    version: Annotated[str, Field(pattern=r"^[0-9]+(\.[0-9]+)*$")]
    kind: Literal["country", "common", "checklist"]
    title: Localized
    effective: dt.date
    sample: bool
    notice: Localized
    country: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    requires: tuple[Id, ...] = ()
    sources: tuple[Source, ...] = ()


class Place(_Model):
    id: Id
    kind: Literal[
        "country",
        "region",
        "governorate",
        "province",
        "district",
        "city",
        "town",
        "village",
        "quarter",
        "landmark",
        "camp",
    ]
    parent: Id | None = None
    names: Annotated[tuple[Text, ...], Field(min_length=1)]
    display: Localized | None = None
    tags: tuple[Id, ...] = ()
    landmarks: tuple[Text, ...] = ()  # districts and landmarks a resident would know

    def name_in(self, language: str) -> str:
        return self.display.get(language) if self.display else self.names[0]


class GazetteerFile(_Model):
    """gazetteer.yaml"""

    places: tuple[Place, ...] = ()


class Term(_Model):
    """An actor or a topic: words that name it in the hearing's languages.

    A word ending in ``*`` matches any word that starts so (``verhaft*``). A short word in
    capitals (``IS``) only matches when written in capitals, so English "is" is not the IS.
    """

    id: Id
    display: Localized
    words: Annotated[tuple[Text, ...], Field(min_length=1)]
    home_event: bool = False  # an event in the country of origin (dated after departure = odd)


class VocabularyFile(_Model):
    """vocabulary.yaml"""

    actors: tuple[Term, ...] = ()
    topics: tuple[Term, ...] = ()


class Validity(_Model):
    from_: dt.date | None = Field(default=None, alias="from")
    to: dt.date | None = None


class About(_Model):
    places: tuple[Id, ...] = ()
    actors: tuple[Id, ...] = ()
    topics: tuple[Id, ...] = ()


class Statement(_Model):
    id: Id
    text: Localized
    source: Id
    paragraph: Text
    about: About = About()
    period: Validity | None = None  # the time in the world the statement describes
    valid: Validity | None = None  # the hearings it applies to (by hearing date)


class StatementsFile(_Model):
    """statements.yaml"""

    statements: tuple[Statement, ...] = ()


class Rule(_Model):
    id: Id
    kind: Literal["info", "question", "contradiction", "vulnerability"]
    title: Localized
    body: Localized
    questions: tuple[Localized, ...] = ()
    when: Any = None
    per: Literal["place", "origin"] | None = None
    statements: tuple[Id, ...] = ()
    against: Literal["internal", "case_file", "guideline"] | None = None
    check: Id | None = None  # a built-in consistency check, for internal/case-file contradictions


class RulesFile(_Model):
    """rules.yaml"""

    rules: tuple[Rule, ...] = ()


class ChecklistQuestion(_Model):
    text: Localized
    unless: Any = None  # not proposed any more once this condition holds


class ChecklistItem(_Model):
    id: Id
    title: Localized
    basis: str = ""
    covered_when: Any
    questions: tuple[ChecklistQuestion, ...] = ()


class ChecklistFile(_Model):
    """checklist.yaml"""

    items: Annotated[tuple[ChecklistItem, ...], Field(min_length=1)]


class ExampleEntry(_Model):
    question: str = ""
    answer: str = ""
    question_ref: str | None = None
    notice: str | None = None


class ExampleApplicant(_Model):
    sex: str = ""
    date_of_birth: dt.date | None = None
    nationality: str = ""


class Expectation(_Model):
    rules: tuple[Id, ...] = ()  # rules that must fire
    not_rules: tuple[Id, ...] = ()  # rules that must not fire
    statements: tuple[Id, ...] = ()  # statements some hint must cite
    not_statements: tuple[Id, ...] = ()
    places: tuple[Id, ...] = ()  # places that must be detected
    covered: tuple[Id, ...] = ()  # checklist items that must be covered
    open: tuple[Id, ...] = ()


class Example(_Model):
    """examples/*.yaml: a small hearing and what the pack must make of it."""

    name: Text
    hearing_date: dt.date
    language: Literal["de", "en"] = "de"
    applicant: ExampleApplicant = ExampleApplicant()
    case_file: dict[str, Any] = Field(default_factory=dict)
    entries: tuple[ExampleEntry, ...]
    expect: Expectation
