"""Facts from one transcript entry (and from the case file), each with its provenance."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.assistant import cues
from app.assistant.dates import find_dates
from app.assistant.facts import PLACE_KINDS, Fact, Key
from app.assistant.gazetteer import Gazetteer
from app.assistant.packs.models import Place
from app.assistant.periods import Period
from app.assistant.textscan import sentence_bounds, sentence_of, tokenize
from app.assistant.vocabulary import Vocabulary

CUE_WINDOW = 45  # characters before a place in which "ich komme aus" etc. is looked for


@dataclass
class Extractor:
    gazetteer: Gazetteer
    vocabulary: Vocabulary
    places: dict[str, Place]

    def keys(self, kind: str, value: Any, subject: str = "") -> tuple[Key, ...]:
        keys: list[Key] = [(kind,)]
        if kind in PLACE_KINDS:
            chain = self.gazetteer.ancestors(value)
            keys += [(kind, p) for p in chain]
            tags = {t for p in chain if p in self.places for t in self.places[p].tags}
            keys += [(f"{kind}_tag", t) for t in sorted(tags)]
            if value in self.places:
                keys.append((f"{kind}_kind", self.places[value].kind))
        elif kind == "count":
            keys.append(("count", subject))
        elif isinstance(value, str):
            keys.append((kind, value))
        return tuple(keys)

    def entry_facts(
        self,
        number: int,
        question: str,
        answer: str,
        hearing_date: date,
        question_ref: str | None = None,
        notice_id: str | None = None,
        topics: tuple[str, ...] = (),
    ) -> list[Fact]:
        builder = _Builder(self, f"e{number}", number)
        if question_ref and answer.strip():
            builder.add("answered", question_ref, how="ref")
        if notice_id:
            builder.add("notice", notice_id, how="ref")
        q_tokens = tokenize(question)
        asked = {m.term_id for m in self.vocabulary.find(q_tokens) if m.kind == "topic"}
        for topic in sorted(asked | set(topics)):
            builder.add("asked", topic, source="question", how="ref")
        if answer.strip():
            self._answer_facts(builder, answer, hearing_date)
        return builder.facts

    def _answer_facts(self, b: _Builder, text: str, hearing_date: date) -> None:
        tokens = tokenize(text)
        bounds = sentence_bounds(text)
        places = self.gazetteer.find(tokens)
        for m in places:
            b.add("place", m.place_id, m.start, m.end, m.surface, m.sentence, how=m.how)
            before = text[max(bounds[m.sentence][0], m.start - CUE_WINDOW) : m.start]
            if cues.ORIGIN_CUE.search(before):
                b.add("origin", m.place_id, m.start, m.end, m.surface, m.sentence, how="cue")
            elif cues.BIRTH_PLACE_CUE.search(before):
                b.add("birthplace", m.place_id, m.start, m.end, m.surface, m.sentence, how="cue")
        for t in self.vocabulary.find(tokens):
            b.add(t.kind, t.term_id, t.start, t.end, t.surface, t.sentence)
        countries = {m.sentence for m in places if self._is_country(m.place_id)}
        for d in find_dates(text, hearing_date):
            s = sentence_of(bounds, d.start)
            b.add("date", d.period, d.start, d.end, d.text, s, how=d.precision)
            sentence = text[bounds[s][0] : bounds[s][1]]
            if cues.BIRTH_DATE_CUE.search(sentence) and d.precision in (
                "iso",
                "numeric",
                "day_month",
                "month_day",
            ):
                b.add("dob", d.period, d.start, d.end, d.text, s, how="cue")
            elif cues.DEPARTURE_CUE.search(sentence) and (
                s in countries or cues.HOMELAND_WORD.search(sentence)
            ):
                b.add("departure", d.period, d.start, d.end, d.text, s, how="cue")
        for m in cues.COUNT.finditer(text):
            b.add(
                "count",
                cues.number(m["n"]),
                m.start(),
                m.end(),
                m.group(),
                sentence_of(bounds, m.start()),
                subject=cues.RELATIONS[m["rel"].lower()],
            )
        for m in cues.AGE.finditer(text):
            b.add(
                "age",
                cues.number(m["n"]),
                m.start(),
                m.end(),
                m.group(),
                sentence_of(bounds, m.start()),
            )

    def _is_country(self, place_id: str) -> bool:
        place = self.places.get(place_id)
        return place is not None and place.kind == "country"

    def case_file_facts(self, case_file: dict[str, Any], birth: date | None) -> list[Fact]:
        """Facts recorded before the hearing, so rules can use them too (e.g. home region)."""
        b = _Builder(self, "case", None, source="case_file")
        for field, kind in (("place_of_origin", "origin"), ("place_of_birth", "birthplace")):
            value = case_file.get(field)
            if isinstance(value, str) and value.strip():
                for m in self.gazetteer.find(tokenize(value))[:1]:
                    b.add(kind, m.place_id, text=value, how=m.how)
        if birth:
            b.add("dob", Period(birth, birth), text=birth.isoformat())
        return b.facts


class _Builder:
    def __init__(
        self, extractor: Extractor, prefix: str, entry: int | None, source: str = "answer"
    ):
        self.extractor, self.prefix, self.entry, self.source = extractor, prefix, entry, source
        self.facts: list[Fact] = []
        self._seen: Counter[str] = Counter()

    def add(
        self,
        kind: str,
        value: Any,
        start: int = 0,
        end: int = 0,
        text: str = "",
        sentence: int = 0,
        how: str = "exact",
        subject: str = "",
        source: str | None = None,
    ):
        shown = value.iso() if isinstance(value, Period) else str(value)
        base = f"{self.prefix}:{kind}:{subject + ':' if subject else ''}{shown}"
        self._seen[base] += 1
        fact_id = base if self._seen[base] == 1 else f"{base}#{self._seen[base]}"
        self.facts.append(
            Fact(
                fact_id,
                kind,
                value,
                self.entry,
                start,
                end,
                text,
                sentence,
                source or self.source,
                subject,
                how,
                self.extractor.keys(kind, value, subject),
            )
        )
