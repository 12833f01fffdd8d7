"""Hint texts are Jinja2 templates rendered in a sandbox, checked once when a pack is loaded."""

from __future__ import annotations

import re
from typing import Any

from jinja2 import TemplateSyntaxError, meta
from jinja2.sandbox import ImmutableSandboxedEnvironment

# The names a template may use. Anything else is an editing slip, reported at load time.
VARIABLES = frozenset(
    {
        "place",
        "places",
        "landmarks",
        "origin",
        "actor",
        "actors",
        "topic",
        "topics",
        "dates",
        "period",
        "entries",
        "statements",
        "count",
        "counts",
        "age",
        "stated",
        "recorded",
        "hearing_date",
        "first",
        "second",
        "relation",
        "place_kind",
        "words",  # the applicant's own words a finding rests on
        "when",  # the time a stated age was said of
    }
)

_DAY = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
_YEAR = re.compile(r"\d{4}")
# A time already said with its own preposition keeps it; either language's, since an English
# hint quotes the German words of the hearing.
_LEADING = tuple(
    f"{word} "
    for word in [
        "am",
        "im",
        "in",
        "seit",
        "vor",
        "nach",
        "um",
        "gegen",
        "ab",
        "bis",
        "anfang",
        "ende",
        "mitte",
        "on",
        "at",
        "since",
        "before",
        "after",
        "around",
        "early",
        "late",
        "by",
    ]
)
_PREPOSITION = {  # (a day, a year alone, a month or season)
    "de": ("am {}", "im Jahr {}", "im {}"),
    "en": ("on {}", "in {}", "in {}"),
}


def at(when: str, language: str = "de") -> str:
    """A time as the time of an act: "Ihr Land am 01.09.2015 / im Mai 2022 / im Jahr 2022
    verlassen". A date's words alone ("01.09.2015") left the question ungrammatical."""
    text = str(when).strip()
    if not text or text.lower().startswith(_LEADING):
        return text
    day, year, other = _PREPOSITION.get(language, _PREPOSITION["de"])
    if _DAY.fullmatch(text):
        return day.format(text)
    if _YEAR.fullmatch(text):
        return year.format(text)
    return other.format(text) if _YEAR.search(text) else text


_ENV = ImmutableSandboxedEnvironment(autoescape=False, trim_blocks=True, lstrip_blocks=True)
_ENV.filters["at"] = at


class TemplateProblem(Exception):
    pass


class Template:
    def __init__(self, source: str):
        try:
            parsed = _ENV.parse(source)
        except TemplateSyntaxError as exc:
            raise TemplateProblem(f"template error: {exc.message}") from None
        unknown = meta.find_undeclared_variables(parsed) - VARIABLES
        if unknown:
            raise TemplateProblem(
                "unknown template variable(s): "
                + ", ".join(sorted(unknown))
                + " (known: "
                + ", ".join(sorted(VARIABLES))
                + ")"
            )
        self.source = source
        self._template = _ENV.from_string(source) if ("{" in source) else None

    def render(self, context: dict[str, Any]) -> str:
        if self._template is None:
            return self.source
        return " ".join(self._template.render(context).split())


_COMPILED: dict[str, Template] = {}


def template(source: str) -> Template:
    """Compiled once per distinct text: packs repeat many question texts."""
    found = _COMPILED.get(source)
    if found is None:
        found = _COMPILED[source] = Template(source)
    return found


class LocalizedTemplate:
    def __init__(self, de: str, en: str):
        self.de, self.en = template(de), template(en)

    def render(self, language: str, context: dict[str, Any]) -> str:
        return (self.en if language == "en" else self.de).render(context)
