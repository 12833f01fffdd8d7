"""Facts from one transcript entry (and from the case file), each with its provenance."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.assistant import cues, negation
from app.assistant.dates import DateMention, find_dates
from app.assistant.facts import PLACE_KINDS, UNKNOWN_TIME, Fact, Key
from app.assistant.gazetteer import Gazetteer, PlaceMatch
from app.assistant.pacing import pause_point
from app.assistant.packs.models import Place
from app.assistant.periods import Period
from app.assistant.sentences import SentenceScans, scan_answer
from app.assistant.textscan import sentence_bounds, sentence_of, tokenize
from app.assistant.vocabulary import Vocabulary


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
        memo: SentenceScans | None = None,
        home: tuple[str, ...] = (),
    ) -> list[Fact]:
        """``memo``: the scans of this entry's previous reading; only sentences not in it are
        scanned again (see :mod:`app.assistant.sentences`). ``home``: the applicant's country
        places (Assistant.home_places)."""
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
            _AnswerReader(self, builder, answer, hearing_date, question, memo, home).read()
        return builder.facts

    def is_homeland_country(self, place_id: str) -> bool:
        """A country an applicant leaves when departing: not Germany, not a Dublin state."""
        place = self.places.get(place_id)
        return (
            place is not None
            and place.kind == "country"
            and place_id != "germany"
            and "dublin" not in place.tags
        )

    def case_file_facts(
        self, case_file: dict[str, Any], birth: date | None, home: tuple[str, ...] = ()
    ) -> list[Fact]:
        """Facts recorded before or beside the hearing, in typed fields: they feed the same
        facts as the free text, so a rule or a check reads "departure" whether the applicant
        said it or the interviewer typed it into "Datum der Ausreise"."""
        b = _Builder(self, "case", None, source="case_file")
        for field, kind in (("place_of_origin", "origin"), ("place_of_birth", "birthplace")):
            value = case_file.get(field)
            if isinstance(value, str) and value.strip():
                for m in self.gazetteer.find(tokenize(value), home)[:1]:
                    b.add(kind, m.place_id, text=value, how=m.how)
                    b.add("place", m.place_id, text=value, how=m.how)
        for value in _as_list(case_file.get("places_of_residence")):
            for m in self.gazetteer.find(tokenize(value), home):
                b.add("place", m.place_id, text=m.surface, how=m.how)
        departure = case_file.get("departure_date")
        if departure:
            period, text, calendar = _typed_period(departure, date.today())
            if period is not None:
                b.add("departure", period, text=text, how="typed", calendar=calendar)
        counts: Counter[str] = Counter()
        for member in _as_list(case_file.get("family_members"), keep_dicts=True):
            relation = member.get("relation", "") if isinstance(member, dict) else member
            subject = cues.RELATIONS.get(str(relation).strip().lower())
            if subject:
                counts[subject] += 1
                if subject in ("sons", "daughters"):
                    counts["children"] += 1
                if subject in ("brothers", "sisters"):
                    counts["siblings"] += 1
        for field, value in sorted(case_file.items()):
            if field.endswith("_count") and isinstance(value, int):
                counts[field.removesuffix("_count")] = value
        for subject, value in sorted(counts.items()):
            b.add("count", value, text=f"{subject}: {value}", how="typed", subject=subject)
        if birth:
            b.add("dob", Period(birth, birth), text=birth.isoformat())
        return b.facts


class _AnswerReader:
    """One answer, read in one pass over its tokens and sentences (linear in its length)."""

    def __init__(
        self,
        ex: Extractor,
        b: _Builder,
        text: str,
        hearing: date,
        question: str,
        memo: SentenceScans | None = None,
        home: tuple[str, ...] = (),
    ):
        self.ex, self.b, self.text, self.hearing = ex, b, text, hearing
        self.question_role = cues.question_role(question)
        self.memo = memo
        self.bounds = sentence_bounds(text)
        self.tokens, places, self.term_matches = scan_answer(ex, text, self.bounds, memo)
        # A name several places share is decided over the whole answer (a place named in
        # another sentence, the applicant's country), so after the per-sentence scans.
        self.place_matches = ex.gazetteer.resolve(places, home)
        # Typed field lines: (label start, label end, value) - see cues.TYPED_LINE.
        self.typed = cues.typed_lines(text)

    def sentence(self, index: int) -> str:
        start, end = self.bounds[index]
        return self.text[start:end]

    def read(self) -> None:
        for step in (self.places, self.terms, self.dates, self.counts, self.ages):
            pause_point()
            step()
        self.family_lists()

    def _typed_label_at(self, position: int) -> tuple[int, int, str, str] | None:
        """The typed field line whose label holds ``position`` (lines are in text order)."""
        index = bisect_right(self.typed, (position, float("inf"))) - 1
        if index >= 0 and self.typed[index][0] <= position < self.typed[index][1]:
            return self.typed[index]
        return None

    def family_lists(self) -> None:
        for label_start, _end, label, value in self.typed:
            if not cues.FAMILY_LIST.search(label):
                continue
            s = sentence_of(self.bounds, label_start)
            for subject, n in sorted(cues.family_list_counts(value).items()):
                self.b.add(
                    "count",
                    n,
                    label_start,
                    label_start + len(label),
                    label,
                    s,
                    how="typed",
                    subject=subject,
                )

    def places(self) -> None:
        """Each place named, and the role the words around it give it (origin, birthplace
        ...). A role depends on its sentence alone - except for the answer's first sentence,
        which the question can complete - so the roles of the other sentences are kept with
        the entry's sentence scans, by sentence text."""
        b, matches = self.b, self.place_matches
        kept = self.memo.roles if self.memo is not None else {}
        fresh: dict[str, tuple[str | None, ...]] = {}
        i = 0
        while i < len(matches):
            s = matches[i].sentence
            j = i + 1
            while j < len(matches) and matches[j].sentence == s:
                j += 1
            group = matches[i:j]
            if s == 0:
                roles = self._place_roles(group, first=i == 0)
            else:
                sentence = self.sentence(s)
                roles = fresh.get(sentence) or kept.get(sentence)
                if roles is None:
                    roles = self._place_roles(group, first=False)
                fresh[sentence] = roles
            for m, role in zip(group, roles, strict=True):
                b.add("place", m.place_id, m.start, m.end, m.surface, m.sentence, how=m.how)
                if role:
                    b.add(role, m.place_id, m.start, m.end, m.surface, m.sentence, how="cue")
            i = j
        if self.memo is not None:
            self.memo.roles = fresh

    def _place_roles(self, group: list[PlaceMatch], first: bool) -> tuple[str | None, ...]:
        """The roles of the places named in one sentence (``first``: its first place is the
        answer's first)."""
        text, roles, origin = self.text, [], False
        for k, m in enumerate(group):
            pause_point()
            s_start, s_end = self.bounds[m.sentence]
            before, after = text[s_start : m.start], text[m.end : s_end]
            role = cues.place_role(before[-80:], after[:60], origin)
            # "Woher kommen Sie?" - "Aus Homs." The question gives the short answer its role.
            short = first and k == 0 and m.sentence == 0 and len(before.split()) <= 3
            if role is None and short and self.question_role in ("origin", "birthplace"):
                role = self.question_role
            origin = origin or role == "origin"
            roles.append(role)
        return tuple(roles)

    def terms(self) -> None:
        clause_of = negation.clauses(self.text, self.tokens)
        for t in self.term_matches:
            pause_point()
            kind = t.kind
            typed = self._typed_label_at(t.start) if self.typed else None
            if typed is not None:
                # A word of a form label: the yes/no answer says whether it happened.
                answer = typed[3].strip().lower()
                if kind != "topic" or answer not in cues.YES | cues.NO:
                    continue
                kind = "topic" if answer in cues.YES else "negated"
            elif kind == "topic" and negation.is_denied(
                self.text, self.tokens, clause_of, t.first, t.last
            ):
                kind = "negated"
            self.b.add(kind, t.term_id, t.start, t.end, t.surface, t.sentence)

    def dates(self) -> None:
        text, b = self.text, self.b
        mentions = find_dates(text, self.hearing, self.memo.dates if self.memo else None)
        self.date_mentions = [(sentence_of(self.bounds, d.start), d) for d in mentions]
        self.dates_by_sentence: dict[int, list[DateMention]] = {}
        for s, d in self.date_mentions:
            self.dates_by_sentence.setdefault(s, []).append(d)
        departures: set[int] = set()
        self.homeland_sentences = {
            m.sentence for m in self.place_matches if self.ex.is_homeland_country(m.place_id)
        }
        events: list[tuple[int, DateMention, str]] = []
        for index, (s, d) in enumerate(self.date_mentions):
            pause_point()
            s_start, _ = self.bounds[s]
            sentence = self.sentence(s)
            clause = cues.clause_around(sentence, d.start - s_start)
            own = not cues.someone_else(cues.clause_tail(text[s_start : d.start]))
            short_answer = index == 0 and s == 0
            birth_here = cues.BIRTH_DATE_CUE.search(clause) or (
                cues.BIRTH_DATE_CUE.search(sentence) and len(self._dates_in(s)) == 1
            )
            if own and (birth_here or (short_answer and self.question_role == "dob")):
                b.add(
                    "dob", d.period, d.start, d.end, d.text, s, how=d.precision, calendar=d.calendar
                )
                continue
            b.add("date", d.period, d.start, d.end, d.text, s, how=d.precision, calendar=d.calendar)
            if own:
                events.append((s, d, clause))
        # Departure: the date in the clause that says so; else the first date of a sentence that
        # does ("Am 15.08.2014, mitten in der Nacht, bin ich ausgereist").
        for s, d, clause in events:
            if s not in departures and self._says_departure(clause, s, d):
                departures.add(s)
                b.add(
                    "departure", d.period, d.start, d.end, d.text, s, how="cue", calendar=d.calendar
                )
        for s, d, _clause in events:
            if s not in departures and self._says_departure(self.sentence(s), s, d):
                departures.add(s)
                b.add(
                    "departure", d.period, d.start, d.end, d.text, s, how="cue", calendar=d.calendar
                )

    def _dates_in(self, s: int) -> list[DateMention]:
        return self.dates_by_sentence.get(s, [])

    def _says_departure(self, words: str, s: int, mention: DateMention) -> bool:
        """Whether ``words`` (a clause or the sentence ``s``) say the applicant left."""
        if cues.PERIOD_START.search(self.text[self.bounds[s][0] : mention.start]):
            return False
        sentence = self.sentence(s)
        strong = cues.DEPARTURE_STRONG.search(words)
        weak = cues.DEPARTURE_WEAK.search(words) and (
            s in self.homeland_sentences or cues.HOMELAND_WORD.search(sentence)
        )
        first = bool(self.date_mentions) and self.date_mentions[0][1] is mention
        asked = first and s == 0 and self.question_role == "departure"
        return bool(strong or weak or asked)

    def counts(self) -> None:
        memo = self.memo.counts if self.memo is not None else None
        for start, end, value, relation in _by_line(self.text, memo, _line_counts):
            pause_point()
            s = sentence_of(self.bounds, start)
            before = self.text[self.bounds[s][0] : start]
            mine = re.search(r"\b(?:meine|meiner|unsere|my|our)\s+$", before, re.I)
            if not mine and cues.someone_else(cues.clause_tail(before)):
                continue
            self.b.add("count", value, start, end, self.text[start:end], s, subject=relation)

    def ages(self) -> None:
        text = self.text
        found_any = False
        memo = self.memo.ages if self.memo is not None else None
        for m_start, m_end, value in _by_line(text, memo, _line_ages):
            s = sentence_of(self.bounds, m_start)
            s_start, s_end = self.bounds[s]
            clause = cues.clause_tail(text[s_start:m_start])
            if cues.someone_else(clause):
                continue
            at = self._age_time(s, m_start, text[s_start:s_end])
            found_any = True
            # The applicant's words: from the clause start ("da war ich 12 Jahre alt").
            start = m_start - len(clause.lstrip()) if at is not None else m_start
            self.b.add("age", value, start, m_end, text[start:m_end], s, how="cue", at=at)
        if not found_any and self.question_role == "age":
            # "Wie alt sind Sie?" - "Siebzehn." / "17 Jahre."
            m = re.match(r"\s*(\w+)(?:\s+jahre?(?:\s+alt)?)?\s*[.!]?\s*$", self.sentence(0), re.I)
            value = cues.number(m.group(1)) if m else None
            if value is not None and 0 < value < 100:
                self.b.add("age", value, m.start(1), m.end(1), m.group(1), 0, how="cue")

    def _age_time(self, s: int, position: int, sentence: str) -> Period | None:
        """None for an age said of the present; the date it was true of for a past one."""
        if not cues.PAST.search(sentence):
            return None
        same = self._dates_in(s)
        if same:
            return min(same, key=lambda d: abs(d.start - position)).period
        if s > 0 and (cues.THEN_START.search(sentence) or "damals" in sentence.lower()):
            earlier = self._dates_in(s - 1)
            if earlier:
                return earlier[-1].period
        return UNKNOWN_TIME


Found = tuple[int, int, Any, ...]  # start, end, then what the line's scan read there


def _by_line(
    text: str, memo: dict[str, tuple[Found, ...]] | None, scan: Callable[[str], tuple]
) -> list[Found]:
    """``scan`` of each line of ``text``, at positions in the whole text. Counts and ages, like
    dates, are read within their line; with ``memo`` (by line text, of the entry's previous
    reading; replaced by this reading's) only lines that changed are scanned."""
    found: list[Found] = []
    fresh: dict[str, tuple[Found, ...]] = {}
    offset = 0
    for line in text.split("\n"):
        local = fresh.get(line)
        if local is None and memo is not None:
            local = memo.get(line)
        if local is None:
            pause_point()
            local = scan(line)
        fresh[line] = local
        found += [(a + offset, b + offset, *rest) for a, b, *rest in local]
        offset += len(line) + 1
    if memo is not None:
        memo.clear()
        memo.update(fresh)
    return found


def _line_counts(line: str) -> tuple[Found, ...]:
    """(start of the number, end, count, relation) of "drei Brüder", "2 Kinder" ..."""
    found = []
    for m in cues.COUNT.finditer(line):
        value = cues.count_value(m)
        if value is not None:
            found.append((m.start("n"), m.end(), value, cues.RELATIONS[m["rel"].lower()]))
    return tuple(found)


def _line_ages(line: str) -> tuple[Found, ...]:
    """(start, end, age) of "16 Jahre alt" and the like."""
    found = []
    for m in cues.AGE.finditer(line):
        value = cues.age_value(m)
        if value is not None:
            found.append((m.start(), m.end(), value))
    return tuple(found)


def _as_list(value: Any, keep_dicts: bool = False) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[;,\n]", value) if part.strip()]
    if isinstance(value, (list, tuple)):
        return [v for v in value if keep_dicts or isinstance(v, str)]
    return []


def _typed_period(value: Any, today: date) -> tuple[Period | None, str, str]:
    """A typed date field: a date object, ISO text, or what a person types ("15.08.2014",
    "August 2014", "1393")."""
    if isinstance(value, date):
        return Period(value, value), value.strftime("%d.%m.%Y"), "gregorian"
    text = str(value).strip()
    try:
        day = date.fromisoformat(text)
        return Period(day, day), day.strftime("%d.%m.%Y"), "gregorian"
    except ValueError:
        pass
    found = find_dates(text, today)
    if found:
        return found[0].period, text, found[0].calendar
    return None, text, "gregorian"


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
        calendar: str = "gregorian",
        at: Period | None = None,
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
                calendar,
                at,
            )
        )
