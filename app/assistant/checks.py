"""Built-in consistency checks that packs switch on by name (``check: family_count``).

Each finds inconsistencies inside the hearing or against the case file and returns them as
findings; the pack's rule supplies the neutral wording. A finding is never a verdict: the hint
it becomes offers a question that lets the applicant explain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from app.assistant.facts import UNKNOWN_TIME, Fact, Key, sort_key
from app.assistant.periods import Period, age_range

RELATION_LABELS = {
    "children": ("Kinder", "children"),
    "sons": ("Söhne", "sons"),
    "daughters": ("Töchter", "daughters"),
    "siblings": ("Geschwister", "siblings"),
    "brothers": ("Brüder", "brothers"),
    "sisters": ("Schwestern", "sisters"),
}
CASE_FILE_COUNTS = {f"{relation}_count": relation for relation in RELATION_LABELS}
DEPARTURE_SLACK = timedelta(days=31)


@dataclass
class Finding:
    key: str  # distinguishes several findings of one check (part of the hint id)
    facts: list[Fact]
    variables: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Check:
    keys: frozenset[Key]
    run: Callable[[Any], list[Finding]]


def _said(facts: list[Fact]) -> list[Fact]:
    return sorted((f for f in facts if f.entry is not None), key=sort_key)


def _label(relation: str, language: str) -> str:
    de, en = RELATION_LABELS.get(relation, (relation, relation))
    return en if language == "en" else de


def _related(ctx: Any, a: str, b: str) -> bool:
    return a in ctx.ancestors(b) or b in ctx.ancestors(a)


def origin_places(ctx: Any) -> list[Finding]:
    origins = _said(ctx.facts_for(("origin",)))
    for i, first in enumerate(origins):
        for second in origins[i + 1 :]:
            if not _related(ctx, first.value, second.value):
                names = {
                    "first": ctx.place_name(first.value),
                    "second": ctx.place_name(second.value),
                }
                return [Finding(f"{first.value}-{second.value}", [first, second], names)]
    return []


def family_count(ctx: Any) -> list[Finding]:
    by_relation: dict[str, list[Fact]] = {}
    for fact in _said(ctx.facts_for(("count",))):
        by_relation.setdefault(fact.subject, []).append(fact)
    findings = []
    for relation, facts in sorted(by_relation.items()):
        differing = [f for f in facts if f.value != facts[0].value]
        if differing:
            first, second = facts[0], differing[0]
            findings.append(
                Finding(
                    relation,
                    [first, second],
                    {
                        "relation": _label(relation, ctx.language),
                        "first": first.value,
                        "second": second.value,
                    },
                )
            )
    return findings


def age_vs_birth(ctx: Any) -> list[Finding]:
    """A stated age against the date of birth *at the time the age was said of*: "2015 ... da
    war ich 12" is held against the age in 2015, not at the hearing."""
    births = [f for f in ctx.facts_for(("dob",))]
    for stated in _said(ctx.facts_for(("age",))):
        if stated.at == UNKNOWN_TIME:
            continue  # "als ich 12 war", undated: nothing to compare with
        when = stated.at or Period(ctx.hearing_date, ctx.hearing_date)
        for birth in births:
            youngest, oldest = age_range(birth.value, when)
            if stated.value < youngest - 1 or stated.value > oldest + 1:
                expected = youngest if youngest == oldest else f"{youngest}-{oldest}"
                return [
                    Finding(
                        "age",
                        [stated, birth],
                        {
                            "stated": stated.value,
                            "words": stated.text,
                            "when": _when(stated.at),
                            "age": expected,
                            "recorded": _birth_text(birth),
                        },
                    )
                ]
    return []


def _when(at: Period | None) -> str:
    """The time a past age was said of, as a reader says it: "2015", "06.2018-08.2018"."""
    if at is None:
        return ""
    if at.first.year == at.last.year and (at.first.month, at.last.month) == (1, 12):
        return str(at.first.year)
    if at.first == at.last:
        return at.first.strftime("%d.%m.%Y")
    return f"{at.first.strftime('%m.%Y')}-{at.last.strftime('%m.%Y')}"


def _birth_text(fact: Fact) -> str:
    p = fact.value
    if p.first == p.last:
        return p.first.strftime("%d.%m.%Y")
    return fact.text or p.iso()


def route_order(ctx: Any) -> list[Finding]:
    route_entries = {f.entry for f in ctx.facts_for(("asked", "travel_route"))}
    for entry in sorted(e for e in route_entries if e is not None):
        legs = _route_legs(ctx, entry)
        for (p1, d1), (p2, d2) in pairwise(legs):
            if d2.value.last < d1.value.first:
                names = {
                    "first": f"{ctx.place_name(p1.value)} ({d1.text})",
                    "second": f"{ctx.place_name(p2.value)} ({d2.text})",
                }
                return [Finding(f"e{entry}", [p1, d1, p2, d2], names)]
    return []


def _route_legs(ctx: Any, entry: int) -> list[tuple[Fact, Fact]]:
    """(place, date) pairs in the order told: the first place and first date of each sentence."""
    places = {}
    for f in ctx.facts_in_entry(entry, "place"):
        places.setdefault(f.sentence, f)
    legs = []
    for d in ctx.facts_in_entry(entry, "date"):
        if d.sentence in places and all(d.sentence != leg[1].sentence for leg in legs):
            legs.append((places[d.sentence], d))
    return legs


def event_after_departure(ctx: Any) -> list[Finding]:
    # The departure the applicant gave in this hearing; the case file's ("Datum der
    # Ausreise") only when none was said. Where the two differ, that is the case-file
    # comparison's finding: held against this hearing's events, the file's date made
    # contradictions the applicant never made.
    departures = _said(ctx.facts_for(("departure",))) or ctx.facts_for(("departure",))
    if not departures:
        return []
    departure = min(departures, key=lambda f: f.value.last)
    for topic in _said(ctx.facts_for(("topic",))):
        if not ctx.is_home_event(topic.value):
            continue
        for d in ctx.facts_in_entry(topic.entry, "date"):
            if (
                d.sentence == topic.sentence
                and d.value.first > departure.value.last
                and d.id != departure.id
            ):
                return [
                    Finding(
                        f"{topic.value}-e{topic.entry}",
                        [departure, topic, d],
                        {
                            "first": departure.text,
                            "second": d.text,
                            "topic": ctx.topic_name(topic.value),
                        },
                    )
                ]
    return []


def case_file_counts(ctx: Any) -> list[Finding]:
    findings = []
    for field_name, relation in sorted(CASE_FILE_COUNTS.items()):
        recorded = ctx.case_file.get(field_name)
        if not isinstance(recorded, int):
            continue
        for fact in _said(ctx.facts_for(("count", relation))):
            if fact.value != recorded:
                findings.append(
                    Finding(
                        relation,
                        [fact],
                        {
                            "relation": _label(relation, ctx.language),
                            "stated": fact.value,
                            "recorded": recorded,
                        },
                    )
                )
                break
    return findings


def case_file_origin(ctx: Any) -> list[Finding]:
    recorded = [f for f in ctx.facts_for(("origin",)) if f.entry is None]
    for fact in _said(ctx.facts_for(("origin",))):
        for rec in recorded:
            if not _related(ctx, fact.value, rec.value):
                return [
                    Finding(
                        "origin",
                        [fact, rec],
                        {"stated": ctx.place_name(fact.value), "recorded": rec.text},
                    )
                ]
    return []


def case_file_departure(ctx: Any) -> list[Finding]:
    recorded = _as_date(ctx.case_file.get("departure_date"))
    if recorded is None:
        return []
    allowed = Period(recorded - DEPARTURE_SLACK, recorded + DEPARTURE_SLACK)
    for fact in _said(ctx.facts_for(("departure",))):
        if fact.entry is None:
            continue
        if not fact.value.overlaps(allowed):
            return [
                Finding(
                    "departure",
                    [fact],
                    {"stated": fact.text, "recorded": recorded.strftime("%d.%m.%Y")},
                )
            ]
    return []


def case_file_birth(ctx: Any) -> list[Finding]:
    birth = ctx.applicant_birth
    if birth is None:
        return []
    for fact in _said(ctx.facts_for(("dob",))):
        if not fact.value.contains(birth):
            return [
                Finding(
                    "dob", [fact], {"stated": fact.text, "recorded": birth.strftime("%d.%m.%Y")}
                )
            ]
    return []


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


CHECKS: dict[str, Check] = {
    "origin_places": Check(frozenset({("origin",)}), origin_places),
    "family_count": Check(frozenset({("count",)}), family_count),
    "age_vs_birth": Check(frozenset({("age",), ("dob",)}), age_vs_birth),
    "route_order": Check(
        frozenset({("asked", "travel_route"), ("place",), ("date",)}), route_order
    ),
    "event_after_departure": Check(
        frozenset({("departure",), ("topic",), ("date",)}), event_after_departure
    ),
    "case_file_counts": Check(frozenset({("count",)}), case_file_counts),
    "case_file_origin": Check(frozenset({("origin",)}), case_file_origin),
    "case_file_departure": Check(frozenset({("departure",)}), case_file_departure),
    "case_file_birth": Check(frozenset({("dob",)}), case_file_birth),
}
