"""Facts: what the assistant knows, each with where it came from.

A fact's id is stable while the entry is edited (entry, kind, value and the occurrence of that
value in the entry, not the character offset), so an interviewer's confirmation or rejection of
"Hawler = Erbil in entry 12" survives typing elsewhere in the answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.assistant.periods import EVER, Period

UNKNOWN_TIME = EVER  # an age said of some past time the answer does not date

Key = tuple[str, ...]
PLACE_KINDS = ("place", "origin", "birthplace")
PERIOD_KINDS = ("date", "departure", "dob")


@dataclass(frozen=True)
class Fact:
    id: str
    kind: str  # place origin birthplace actor topic negated asked answered notice date departure dob count age
    value: Any  # place/actor/topic id, Period, or a number
    entry: int | None  # None: from the case file or the applicant's record
    start: int = 0
    end: int = 0
    text: str = ""  # the words as typed
    sentence: int = 0
    source: str = "answer"  # answer | question | case_file | confirmation
    subject: str = ""  # what a count counts (children, brothers ...)
    how: str = "exact"  # exact | translit | fuzzy | cue | ref, or a date's precision
    keys: tuple[Key, ...] = field(default=(), compare=False)
    # Dates: the calendar the applicant spoke in (gregorian | solar_hijri); the Period value
    # is always Gregorian, its span is the uncertainty ("1393" = 21.03.2014-20.03.2015).
    calendar: str = "gregorian"
    # Ages: the time the age was true of - None for the present (the hearing), a Period for a
    # past date ("2015 ... da war ich 12"), UNKNOWN_TIME for a past age with no date.
    at: Period | None = None

    @property
    def period(self) -> Period:
        return self.value

    def value_text(self) -> str:
        return self.value.iso() if isinstance(self.value, Period) else str(self.value)

    def to_plain(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.calendar != "gregorian":
            extra["calendar"] = self.calendar
        if self.at is not None:
            extra["at"] = "?" if self.at == UNKNOWN_TIME else self.at.iso()
        return {
            "id": self.id,
            "kind": self.kind,
            "value": self.value_text(),
            "entry": self.entry,
            "span": [self.start, self.end],
            "text": self.text,
            "source": self.source,
            "subject": self.subject,
            "how": self.how,
            **extra,
        }


def sort_key(fact: Fact) -> tuple[int, int, str]:
    return (fact.entry if fact.entry is not None else -1, fact.start, fact.id)
