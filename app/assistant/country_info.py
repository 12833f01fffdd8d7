"""Country information at hand: the installed packs' statements, searched and browsed.

Before and during a hearing the interviewer looks things up without typing a keyword into the
transcript: by words, by place (a province includes its districts and towns), by the year the
statement is about, by topic or actor. Each result carries its source, the paragraph cited and
the pack version, so it can be named in the file. No Qt here; the panel is
``app/ui/country_info``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.assistant.normalize import normalize
from app.assistant.packs.compiled import Knowledge


@dataclass(frozen=True)
class CountryStatement:
    id: str
    text: str
    places: tuple[str, ...]  # display names
    topics: tuple[str, ...]  # display names of topics and actors
    period: tuple[dt.date | None, dt.date | None]
    pack_id: str  # "iraq": the UI names it ("Irak")
    pack_version: str  # "2025.2"
    sample: bool  # the pack is sample data, not official guidance
    source: str  # title (date)
    paragraph: str

    @property
    def period_text(self) -> str:
        start, end = self.period
        if start is None and end is None:
            return ""
        left = start.strftime("%m/%Y") if start else "…"
        right = end.strftime("%m/%Y") if end else "…"
        return f"{left} – {right}"


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


class CountryInfo:
    """The statements of one set of loaded packs, ready to search in one language."""

    def __init__(self, knowledge: Knowledge, language: str = "de"):
        self.knowledge = knowledge
        self.language = language
        self._children: dict[str, list[str]] = {}
        for place in knowledge.places.values():
            if place.parent:
                self._children.setdefault(place.parent, []).append(place.id)
        self._entries = [self._entry(sid) for sid in sorted(knowledge.statements)]

    # --- what can be chosen ---------------------------------------------------------------

    def places(self) -> list[Choice]:
        """Countries and their provinces/governorates (the levels people browse by)."""
        wanted = ("country", "region", "governorate", "province")
        found = [p for p in self.knowledge.places.values() if p.kind in wanted]
        return sorted((Choice(p.id, self._place_label(p.id)) for p in found), key=lambda c: c.label)

    def topics(self) -> list[Choice]:
        terms = list(self.knowledge.topics.values()) + list(self.knowledge.actors.values())
        return sorted(
            (Choice(t.id, t.display.get(self.language)) for t in terms), key=lambda c: c.label
        )

    # --- searching ------------------------------------------------------------------------

    def search(
        self,
        words: str = "",
        place: str | None = None,
        year: int | None = None,
        topic: str | None = None,
    ) -> list[CountryStatement]:
        """Statements matching every given criterion, those about the given year first."""
        wanted_words = normalize(words).split()
        places = self._with_descendants(place) if place else None
        results = []
        for statement, haystack, about_places, about_terms in self._entries:
            if any(word not in haystack for word in wanted_words):
                continue
            if places is not None and not places & about_places:
                continue
            if topic is not None and topic not in about_terms:
                continue
            if year is not None and not _covers(statement.period, year):
                continue
            results.append(statement)
        return results

    # --- building -------------------------------------------------------------------------

    def _entry(self, statement_id: str):
        statement, meta = self.knowledge.statements[statement_id]
        k, lang = self.knowledge, self.language
        places = tuple(p for p in statement.about.places if p in k.places)
        terms = tuple(statement.about.topics) + tuple(statement.about.actors)
        term_names = tuple(
            (k.topics.get(t) or k.actors.get(t)).display.get(lang)
            for t in terms
            if t in k.topics or t in k.actors
        )
        source = next((s for s in meta.sources if s.id == statement.source), None)
        source_text = statement.source
        if source is not None:
            dated = source.date and str(source.date.year) not in source.title  # not twice
            source_text = source.title + (f" ({source.date:%m/%Y})" if dated else "")
        period = statement.period
        entry = CountryStatement(
            id=statement.id,
            text=statement.text.get(lang),
            places=tuple(self._place_label(p) for p in places),
            topics=term_names,
            period=(period.from_, period.to) if period else (None, None),
            pack_id=meta.id,
            pack_version=meta.version,
            sample=meta.sample,
            source=source_text,
            paragraph=statement.paragraph,
        )
        names = [n for p in places for n in k.places[p].names]
        haystack = normalize(
            " ".join([entry.text, *entry.places, *names, *term_names, entry.source, meta.id])
        )
        return entry, haystack, set(places), set(terms)

    def _place_label(self, place_id: str) -> str:
        place = self.knowledge.places[place_id]
        return place.name_in(self.language)

    def _with_descendants(self, place_id: str) -> set[str]:
        found, todo = set(), [place_id]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo.extend(self._children.get(current, ()))
        return found


def _covers(period: tuple[dt.date | None, dt.date | None], year: int) -> bool:
    start, end = period
    if start is None and end is None:
        return True  # timeless statements (e.g. the structure of the state) always apply
    return (start is None or start.year <= year) and (end is None or end.year >= year)
