"""How well the assistant understands answers, measured on an annotated corpus.

A corpus file (``tests/corpus/*.yaml``) holds answer sentences as interviewers record them, each
annotated with every fact it holds (per kind) and, where a mistake is tempting, what must *not*
be found. :func:`score` runs every case through the real extractor and counts, per fact kind,
true positives, false positives and misses; :class:`Scores` turns them into precision, recall
and F1. The benchmark prints them, the test suite guards them, and ``asa rules test`` runs the
cases that touch a pack to show which hints a pack change makes appear or disappear.

Annotation values, per kind:

- ``place``, ``origin``, ``birthplace``, ``actor``, ``topic``, ``negated``: ids of the packs;
- ``date``, ``departure``, ``dob``: ``2014``, ``2014-08``, ``2014-08-15`` or ``first/last``;
  a found period matches when both ends lie within ``DATE_SLACK`` of the annotated ones (vague
  expressions such as "vor anderthalb Jahren" have no single right day);
- ``age``: ``16`` (said of the present), ``12@2015`` (the age at a past date) or ``17@?``
  (a past age the answer does not date: "als ich siebzehn war");
- ``count``: ``children=3``.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from app.assistant.facts import PERIOD_KINDS, UNKNOWN_TIME, Fact
from app.assistant.periods import Period, month_period, year_period

KINDS = (
    "place",
    "origin",
    "birthplace",
    "departure",
    "date",
    "dob",
    "age",
    "count",
    "actor",
    "topic",
    "negated",
)
DATE_SLACK = timedelta(days=31)
DEFAULT_HEARING = date(2024, 3, 1)


class CorpusError(ValueError):
    """A corpus file that cannot be read; the message names the file and the case."""


@dataclass(frozen=True)
class Case:
    id: str
    file: str
    text: str
    language: str
    hearing_date: date
    birth: date | None
    expect: dict[str, tuple[str, ...]]
    must_not: dict[str, tuple[str, ...]]
    finding: str = ""  # the issue finding this case reproduces, if any
    question: str = ""

    def touches(self, ids: set[str]) -> bool:
        """Whether the case annotates any of these place/actor/topic ids."""
        values = {v for kind in self.expect.values() for v in kind}
        values |= {v for kind in self.must_not.values() for v in kind}
        return bool(values & ids)


@dataclass
class CaseResult:
    case: Case
    found: dict[str, list[str]]
    missed: dict[str, list[str]] = field(default_factory=dict)
    extra: dict[str, list[str]] = field(default_factory=dict)
    forbidden: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return not (self.missed or self.extra or self.forbidden)


@dataclass
class Scores:
    results: list[CaseResult]
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def precision(self, kind: str) -> float:
        found = self.tp[kind] + self.fp[kind]
        return self.tp[kind] / found if found else 1.0

    def recall(self, kind: str) -> float:
        expected = self.tp[kind] + self.fn[kind]
        return self.tp[kind] / expected if expected else 1.0

    def f1(self, kind: str) -> float:
        p, r = self.precision(kind), self.recall(kind)
        return 2 * p * r / (p + r) if p + r else 0.0

    def pooled(self, kinds: Iterable[str]) -> tuple[float, float]:
        """(precision, recall) over several kinds together, e.g. all date kinds."""
        kinds = list(kinds)
        tp = sum(self.tp[k] for k in kinds)
        fp = sum(self.fp[k] for k in kinds)
        fn = sum(self.fn[k] for k in kinds)
        return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)

    @property
    def negation_handled(self) -> float:
        """Share of negated cases in which the topic is read as negated and not as said."""
        cases = [r for r in self.results if r.case.expect.get("negated")]
        good = sum(
            1
            for r in cases
            if set(r.case.expect["negated"]) <= set(r.found.get("negated", ()))
            and not set(r.case.expect["negated"]) & set(r.found.get("topic", ()))
        )
        return good / len(cases) if cases else 1.0

    @property
    def forbidden_found(self) -> list[CaseResult]:
        return [r for r in self.results if r.forbidden]

    @property
    def seconds_per_case(self) -> float:
        return sum(r.seconds for r in self.results) / len(self.results) if self.results else 0.0

    def table(self) -> str:
        lines = [f"{'kind':<11} {'n':>5} {'precision':>9} {'recall':>7} {'F1':>6}"]
        for kind in KINDS:
            n = self.tp[kind] + self.fn[kind]
            if n or self.fp[kind]:
                lines.append(
                    f"{kind:<11} {n:>5} {self.precision(kind):>9.3f} "
                    f"{self.recall(kind):>7.3f} {self.f1(kind):>6.3f}"
                )
        return "\n".join(lines)


# --- reading the corpus ----------------------------------------------------------------------


def load_corpus(folder: Path | str) -> list[Case]:
    folder = Path(folder)
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise CorpusError(f"{folder}: no corpus files (*.yaml)")
    cases: list[Case] = []
    seen: dict[str, str] = {}
    for path in files:
        for case in _read_file(path):
            if case.id in seen:
                raise CorpusError(f"{path.name}: case id '{case.id}' also in {seen[case.id]}")
            seen[case.id] = path.name
            cases.append(case)
    return cases


def _read_file(path: Path) -> list[Case]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path.name}: not valid YAML ({exc})") from None
    defaults = data.get("defaults", {})
    cases = []
    for index, raw in enumerate(data.get("cases", ())):
        where = f"{path.name}: case {raw.get('id', index + 1)}"
        try:
            cases.append(_case(raw, defaults, path.name))
        except (KeyError, TypeError, ValueError) as exc:
            raise CorpusError(f"{where}: {exc}") from None
    return cases


def _case(raw: dict[str, Any], defaults: dict[str, Any], file: str) -> Case:
    merged = {**defaults, **raw}
    unknown = (set(raw.get("expect") or {}) | set(raw.get("not") or {})) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown fact kind(s) {sorted(unknown)}; known: {', '.join(KINDS)}")

    def values(block: dict[str, Any] | None) -> dict[str, tuple[str, ...]]:
        return {k: tuple(str(v) for v in (vs or ())) for k, vs in (block or {}).items() if vs}

    birth = merged.get("dob")
    return Case(
        id=str(raw["id"]),
        file=file,
        text=str(raw["text"]),
        language=str(merged.get("lang", "de")),
        hearing_date=_as_date(merged.get("hearing_date", DEFAULT_HEARING)),
        birth=_as_date(birth) if birth else None,
        expect=values(raw.get("expect")),
        must_not=values(raw.get("not")),
        finding=str(raw.get("finding", "")),
        question=str(raw.get("question", "")),
    )


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def parse_period(text: str) -> Period:
    """``2014`` | ``2014-08`` | ``2014-08-15`` | ``first/last``."""
    if "/" in text:
        first, last = text.split("/", 1)
        return Period(parse_period(first).first, parse_period(last).last)
    parts = text.split("-")
    if len(parts) == 1:
        return year_period(int(parts[0]))
    if len(parts) == 2:
        return month_period(int(parts[0]), int(parts[1]))
    day = date.fromisoformat(text)
    return Period(day, day)


# --- running and scoring -----------------------------------------------------------------------


def shown(fact: Fact) -> str:
    """A fact's value as the corpus writes it."""
    if fact.kind == "age":
        if fact.at is None:
            return str(fact.value)
        return f"{fact.value}@{'?' if fact.at == UNKNOWN_TIME else fact.at.iso()}"
    if fact.kind == "count":
        return f"{fact.subject}={fact.value}"
    return fact.value_text()


def _matches(kind: str, found: str, expected: str) -> bool:
    if kind in PERIOD_KINDS:
        return _period_matches(found, parse_period(expected))
    if kind == "age" and "@" in expected:
        value, at = expected.split("@", 1)
        if "@" not in found:
            return False
        found_value, found_at = found.split("@", 1)
        if at == "?" or found_at == "?":
            return found_value == value and at == found_at
        return found_value == value and _period_matches(found_at, parse_period(at))
    return found == expected


def _period_matches(found: str, expected: Period) -> bool:
    try:
        period = parse_period(found)
    except ValueError:
        return False
    return (
        abs(period.first - expected.first) <= DATE_SLACK
        and abs(period.last - expected.last) <= DATE_SLACK
    )


def session_for(assistant: Any, case: Case) -> tuple[Any, float]:
    """A session holding the case's sentence as entry 1, and the seconds the update took."""
    from app.domain.case import Applicant
    from app.domain.case import Case as HearingCase

    hearing_case = HearingCase(
        "corpus", Applicant("Corpus", "Case", date_of_birth=case.birth), case_file={}
    )
    session = assistant.start_analysis(hearing_case, case.hearing_date, case.language)
    started = time.perf_counter()
    session.update_entry(1, case.question, case.text)
    return session, time.perf_counter() - started


def run_case(assistant: Any, case: Case) -> CaseResult:
    session, seconds = session_for(assistant, case)
    found: dict[str, list[str]] = defaultdict(list)
    for fact in session.facts_in_entry(1):
        if fact.kind in KINDS and fact.source == "answer":
            found[fact.kind].append(shown(fact))
    result = CaseResult(case, dict(found), seconds=seconds)
    for kind in KINDS:
        expected = list(case.expect.get(kind, ()))
        got = list(dict.fromkeys(found.get(kind, ())))
        unmatched = list(expected)
        extra = []
        for value in got:
            hit = next((e for e in unmatched if _matches(kind, value, e)), None)
            if hit is None:
                if not any(_matches(kind, value, e) for e in expected):
                    extra.append(value)
            else:
                unmatched.remove(hit)
        if unmatched:
            result.missed[kind] = unmatched
        if extra:
            result.extra[kind] = extra
        for value in case.must_not.get(kind, ()):
            if any(_matches(kind, g, value) for g in got):
                result.forbidden.append(f"{kind}: {value}")
    return result


def score(assistant: Any, cases: Iterable[Case]) -> Scores:
    scores = Scores([run_case(assistant, case) for case in cases])
    for r in scores.results:
        for kind in KINDS:
            expected = len(r.case.expect.get(kind, ()))
            missed = len(r.missed.get(kind, ()))
            scores.tp[kind] += expected - missed
            scores.fn[kind] += missed
            scores.fp[kind] += len(r.extra.get(kind, ()))
    return scores
