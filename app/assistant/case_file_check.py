"""The case file held against the hearing so far: for each value the file records, whether
what the applicant said agrees with it, differs from it, or has not touched it yet.

It reads the facts the assistant already extracts from the transcript (dates of birth,
departures, places with their roles, family counts, topics) and, for what the extractor does
not type (names, documents, nationality), the answers' own words. Pure and without Qt: the UI
runs it off its thread on each new panel view and shows the rows.

A "differs" is never a verdict: it points to the entry whose words differ, so the interviewer
can read them and ask.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.assistant.checks import DEPARTURE_SLACK
from app.assistant.cues import RELATIONS
from app.assistant.extract import _typed_period as typed_period
from app.assistant.facts import Fact, sort_key
from app.assistant.periods import Period
from app.assistant.textscan import sentence_bounds, tokenize
from app.domain.case import Case
from app.domain.case_file import CaseFile

AGREES, DIFFERS, UNTOUCHED = "agrees", "differs", "untouched"
ROUTE_SLACK = timedelta(days=31)  # "im September" for a stop recorded as 01.09.: the same

# "Mein Name ist Karwan Demo", "Ich heiße ...", "mein Vorname lautet ...": a name is capitalised.
_NAME = re.compile(
    r"\b(?i:(?:mein|meine)\s+(?:voller\s+|vollständiger\s+)?(?:name|vorname|nachname|"
    r"familienname|vornamen)\s+(?:ist|lautet|lauten|sind)|ich\s+heiße|ich\s+heisse|"
    r"man\s+nennt\s+mich)\s+((?:[A-ZÄÖÜ][\w'’-]+\s*){1,4})"
)
# Nationality: the country's stem in the sentence that says "Staatsangehörig..." or
# "Staatsbürger...", or in the answer to the standard question on nationality.
_NATIONALITY_CUE = re.compile(r"staatsangehörig|staatsbürger|nationalität", re.I)
NATIONALITY_STEMS = {
    "IRQ": ("irak",),
    "SYR": ("syr",),
    "AFG": ("afghan",),
    "IRN": ("iran",),
    "TUR": ("türk", "turk"),
    "DEU": ("deutsch",),
}
# Document kinds as people say them; the file's own word is always tried as well.
DOCUMENT_WORDS = {
    "reisepass": ("reisepass", "pass", "pässe"),
    "pass": ("reisepass", "pass", "pässe"),
    "personalausweis": ("personalausweis", "ausweis", "id-karte", "identitätskarte"),
    "ausweis": ("personalausweis", "ausweis", "id-karte", "identitätskarte"),
    "tazkira": ("tazkira", "tazkera", "tazkara", "taskira"),
    "geburtsurkunde": ("geburtsurkunde",),
    "heiratsurkunde": ("heiratsurkunde", "ehevertrag", "heiratsvertrag"),
    "führerschein": ("führerschein",),
    "wehrdienstbuch": ("wehrdienstbuch", "wehrpass", "militärbuch"),
}
_NEGATORS = re.compile(r"\b(?:kein|keine|keinen|keinem|keiner|nie|niemals|nicht)\b", re.I)


@dataclass(frozen=True)
class FileValue:
    """One value of the case file and what the hearing says of it."""

    key: str  # stable while the hearing goes on: "identity:dob", "route:2" ...
    section: str  # identity | family | route | statements | documents
    label: str  # identity: a label key (name, dob ...); else the file's own word ("Sohn")
    recorded: str  # the value as the file has it, as a person reads it
    status: str = UNTOUCHED  # agrees | differs | untouched
    said: str = ""  # the applicant's words that agree or differ
    entry: int | None = None  # where: the entry that differs, else the first that agrees


@dataclass(frozen=True)
class HearingWords:
    """What the comparison reads of the hearing: its active facts and its answers."""

    facts: tuple[Fact, ...]
    answers: Mapping[int, str]  # entry number -> answer text
    nationality_entries: frozenset[int] = frozenset()  # answers to the nationality question


def compare(
    case: Case, hearing: HearingWords, assistant: Any, today: date
) -> tuple[FileValue, ...]:
    """Every value of the case file with its status, in the order the panel shows them."""
    return _Comparison(case, hearing, assistant, today).rows()


class _Comparison:
    def __init__(self, case: Case, hearing: HearingWords, assistant: Any, today: date):
        self.case, self.hearing, self.assistant, self.today = case, hearing, assistant, today
        self.file = CaseFile.from_plain(case.case_file)
        self.by_kind: dict[str, list[Fact]] = {}
        for fact in sorted(hearing.facts, key=sort_key):
            if fact.entry is not None:
                self.by_kind.setdefault(fact.kind, []).append(fact)

    def rows(self) -> tuple[FileValue, ...]:
        return (
            *self.identity(),
            *self.family(),
            *self.route(),
            *self.statements(),
            *self.documents(),
        )

    # --- identity -------------------------------------------------------------------------

    def identity(self) -> list[FileValue]:
        a = self.case.applicant
        rows = [self.name()]
        if a.date_of_birth:
            rows.append(self.birth_date(a.date_of_birth))
        birthplace = self.file.place_of_birth or a.place_of_birth
        if birthplace:
            rows.append(self.place("identity:birthplace", "birthplace", birthplace, "birthplace"))
        if a.nationality:
            rows.append(self.nationality(a.nationality))
        if self.file.place_of_origin:
            rows.append(
                self.place("identity:origin", "origin", self.file.place_of_origin, "origin")
            )
        if self.file.departure_date:
            rows.append(self.departure(self.file.departure_date))
        return rows

    def name(self) -> FileValue:
        a = self.case.applicant
        recorded = f"{a.given_names} {a.family_name}".strip()
        row = FileValue("identity:name", "identity", "name", recorded)
        known = {_fold(part) for part in recorded.split()}
        agreeing = None
        for number, answer in sorted(self.hearing.answers.items()):
            for m in _NAME.finditer(answer):
                said = m.group(1).strip()
                parts = {_fold(p) for p in said.split()}
                if not parts & known:
                    return _with(row, DIFFERS, said, number)
                agreeing = agreeing or (said, number)
        return _with(row, AGREES, *agreeing) if agreeing else row

    def birth_date(self, birth: date) -> FileValue:
        row = FileValue("identity:dob", "identity", "dob", birth.strftime("%d.%m.%Y"))
        return self._periods(row, self.by_kind.get("dob", []), Period(birth, birth))

    def departure(self, recorded: str) -> FileValue:
        period, text, _calendar = typed_period(recorded, self.today)
        row = FileValue("identity:departure", "identity", "departure", text)
        if period is None:
            return row
        allowed = Period(period.first - DEPARTURE_SLACK, period.last + DEPARTURE_SLACK)
        return self._periods(row, self.by_kind.get("departure", []), allowed)

    def _periods(self, row: FileValue, said: list[Fact], allowed: Period) -> FileValue:
        for fact in said:
            if not fact.value.overlaps(allowed):
                return _with(row, DIFFERS, fact.text, fact.entry)
        return _with(row, AGREES, said[0].text, said[0].entry) if said else row

    def place(self, key: str, label: str, recorded: str, kind: str) -> FileValue:
        row = FileValue(key, "identity", label, recorded)
        place_id = self._place_id(recorded)
        said = self.by_kind.get(kind, [])
        if kind == "birthplace" and not said:
            # "Geboren bin ich am 3. April 1994 in Erbil": the place in the birth date's sentence.
            births = {(f.entry, f.sentence) for f in self.by_kind.get("dob", [])}
            said = [f for f in self.by_kind.get("place", []) if (f.entry, f.sentence) in births]
        if place_id is None or not said:
            return row
        for fact in said:
            if not self._related(fact.value, place_id):
                return _with(row, DIFFERS, fact.text, fact.entry)
        return _with(row, AGREES, said[0].text, said[0].entry)

    def nationality(self, code: str) -> FileValue:
        row = FileValue("identity:nationality", "identity", "nationality", code)
        own = NATIONALITY_STEMS.get(code.upper())
        if not own:
            return row
        agreeing = None
        for number, sentence in self._sentences():
            relevant = number in self.hearing.nationality_entries or _NATIONALITY_CUE.search(
                sentence
            )
            if not relevant:
                continue
            words = _fold(sentence)
            if any(stem in words for stem in own):
                agreeing = agreeing or (sentence.strip(), number)
                continue
            for other, stems in NATIONALITY_STEMS.items():
                if other != code.upper() and any(stem in words for stem in stems):
                    return _with(row, DIFFERS, sentence.strip(), number)
        return _with(row, AGREES, *agreeing) if agreeing else row

    # --- family -----------------------------------------------------------------------------

    def family(self) -> list[FileValue]:
        rows = []
        counts = dict(self.file.counts)
        derived: dict[str, int] = {}
        for member in self.file.family:
            subject = RELATIONS.get(member.relation.strip().lower())
            if subject:
                derived[subject] = derived.get(subject, 0) + 1
                if subject in ("sons", "daughters"):
                    derived["children"] = derived.get("children", 0) + 1
        for subject, number in sorted(derived.items()):
            counts.setdefault(subject, number)
        for subject, number in sorted(counts.items()):
            row = FileValue(f"family:count:{subject}", "family", subject, str(number))
            said = [f for f in self.by_kind.get("count", []) if f.subject == subject]
            differing = next((f for f in said if f.value != number), None)
            if differing is not None:
                row = _with(row, DIFFERS, differing.text, differing.entry)
            elif said:
                row = _with(row, AGREES, said[0].text, said[0].entry)
            rows.append(row)
        for index, member in enumerate(self.file.family):
            recorded = ", ".join(p for p in (member.name, _date_text(member.date_of_birth)) if p)
            row = FileValue(f"family:member:{index}", "family", member.relation, recorded)
            rows.append(self._mentioned(row, member.name))
        return rows

    # --- route --------------------------------------------------------------------------------

    def route(self) -> list[FileValue]:
        rows = []
        for index, stop in enumerate(self.file.route):
            recorded = " · ".join(p for p in (_date_text(stop.date), stop.note) if p)
            row = FileValue(f"route:{index}", "route", stop.place, recorded)
            place_id = self._place_id(stop.place)
            if place_id is None:
                rows.append(self._mentioned(row, stop.place))
                continue
            period = typed_period(stop.date, self.today)[0] if stop.date else None
            rows.append(self._route_stop(row, place_id, period))
        return rows

    def _route_stop(self, row: FileValue, place_id: str, period: Period | None) -> FileValue:
        places = [
            f
            for kind in ("place", "origin")
            for f in self.by_kind.get(kind, [])
            if self._related(f.value, place_id)
        ]
        if not places:
            return row
        if period is not None:
            allowed = Period(period.first - ROUTE_SLACK, period.last + ROUTE_SLACK)
            dates = [
                d
                for kind in ("date", "departure")
                for d in self.by_kind.get(kind, [])
                if any(d.entry == p.entry and d.sentence == p.sentence for p in places)
            ]
            for d in dates:
                if not d.value.overlaps(allowed):
                    place = next(
                        p for p in places if (p.entry, p.sentence) == (d.entry, d.sentence)
                    )
                    return _with(row, DIFFERS, f"{place.text} … {d.text}", d.entry)
        return _with(row, AGREES, places[0].text, places[0].entry)

    # --- earlier statements --------------------------------------------------------------------

    def statements(self) -> list[FileValue]:
        rows = []
        # Topics and actors ("Bedrohung durch den IS") name what a statement is about.
        topics = {f.value: f for k in ("actor", "topic") for f in self.by_kind.get(k, [])}
        denied = {f.value: f for f in self.by_kind.get("negated", [])}
        places = self.by_kind.get("place", []) + self.by_kind.get("origin", [])
        for index, statement in enumerate(self.file.statements):
            recorded = statement.text
            if statement.date:
                recorded = f"{_date_text(statement.date)}: {recorded}"
            row = FileValue(f"statements:{index}", "statements", statement.subject, recorded)
            facts = self.assistant.extractor.entry_facts(0, "", statement.text, self.today)
            said_topics = {f.value for f in facts if f.kind in ("topic", "actor")}
            said_places = {f.value for f in facts if f.kind == "place"}
            contradicted = [denied[t] for t in sorted(said_topics) if t in denied]
            if contradicted and not any(t in topics for t in said_topics):
                fact = contradicted[0]
                rows.append(_with(row, DIFFERS, fact.text, fact.entry))
                continue
            # Its topics decide; its places only for a statement that names no topic.
            agreeing = [topics[t] for t in sorted(said_topics) if t in topics]
            if not said_topics:
                agreeing = [
                    f for f in places if any(self._related(f.value, p) for p in said_places)
                ]
            if agreeing:
                first = min(agreeing, key=sort_key)
                row = _with(row, AGREES, first.text, first.entry)
            rows.append(row)
        return rows

    # --- documents ------------------------------------------------------------------------------

    def documents(self) -> list[FileValue]:
        rows = []
        for index, document in enumerate(self.file.documents):
            recorded = " · ".join(p for p in (document.number, document.note) if p)
            row = FileValue(f"documents:{index}", "documents", document.kind, recorded)
            own = _fold(document.kind)
            words = (*DOCUMENT_WORDS.get(own, ()), own)
            pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*", re.I)
            agreeing = None
            for number, sentence in self._sentences():
                m = pattern.search(_fold(sentence))
                if m is None:
                    continue
                if _NEGATORS.search(_fold(sentence)):  # "keinen Pass", "einen Pass nie"
                    row = _with(row, DIFFERS, sentence.strip(), number)
                    break
                agreeing = agreeing or (sentence.strip(), number)
            else:
                if agreeing:
                    row = _with(row, AGREES, *agreeing)
            rows.append(row)
        return rows

    # --- helpers ----------------------------------------------------------------------------

    def _place_id(self, text: str) -> str | None:
        found = self.assistant.gazetteer.find(tokenize(text))
        return found[0].place_id if found else None

    def _related(self, a: str, b: str) -> bool:
        ancestors = self.assistant.gazetteer.ancestors
        return a in ancestors(b) or b in ancestors(a)

    def _sentences(self) -> Iterable[tuple[int, str]]:
        for number, answer in sorted(self.hearing.answers.items()):
            for start, end in sentence_bounds(answer):
                yield number, answer[start:end]

    def _mentioned(self, row: FileValue, name: str) -> FileValue:
        """A name the extractor does not type: touched when the answers say it (the first
        name is enough: "meine Frau Shilan" for Shilan Demo)."""
        wanted = _fold(name).split()[:1]
        if not wanted:
            return row
        pattern = re.compile(r"\b" + re.escape(wanted[0]) + r"\b")
        for number, sentence in self._sentences():
            if pattern.search(_fold(sentence)):
                return _with(row, AGREES, sentence.strip(), number)
        return row


def _with(row: FileValue, status: str, said: str, entry: int | None) -> FileValue:
    return FileValue(row.key, row.section, row.label, row.recorded, status, said, entry)


def _fold(text: str) -> str:
    """Lower case; accents kept apart from German umlauts (Hêwa = Hewa, Müller ≠ Muller)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", kept)


def _date_text(value: str) -> str:
    """An ISO date as a German reader reads it; anything else as recorded."""
    try:
        return date.fromisoformat(value).strftime("%d.%m.%Y")
    except ValueError:
        month = re.fullmatch(r"(\d{4})-(\d{2})", value)
        return f"{month[2]}.{month[1]}" if month else value
