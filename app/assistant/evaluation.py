"""Evaluating one rule over the facts: which hints it gives, explained, in the session language."""

from __future__ import annotations

from typing import Any

from app.assistant.checks import CHECKS, Finding
from app.assistant.context import EvalContext
from app.assistant.facts import Fact, sort_key
from app.assistant.hints import Explanation, Hint, StatementRef
from app.assistant.packs.compiled import CompiledRule

Outcome = tuple[dict[str, Hint], frozenset[int], tuple]  # hints, entries read, inputs
NOTHING: Outcome = ({}, frozenset(), ())


def evaluate_binding(
    rule: CompiledRule, ctx: EvalContext, value: str | None, previous: Outcome | None = None
) -> Outcome:
    """One evaluation unit: a whole rule, or one place of a ``per: place`` rule.

    Returns the hints, the entries whose wording they depend on (dates spoken there select
    statements) - also when statements filtered the hint away, so an edit of those entries
    re-runs the unit - and the inputs used: if they equal ``previous``'s, its hints are reused
    instead of being rendered again.
    """
    if rule.check:
        return _run_check(rule, ctx)
    bound = ctx if value is None else ctx.bind(rule.rule.per, value)
    witnesses = rule.condition.evaluate(bound)
    if witnesses is None:
        return NOTHING
    entries = frozenset(f.entry for f in witnesses if f.entry is not None)
    inputs = (
        tuple(witnesses),
        tuple(d for e in sorted(entries) for d in ctx.facts_in_entry(e, "date")),
    )
    if previous is not None and previous[2] == inputs:
        return previous
    hint_id = rule.id if value is None else f"{rule.id}@{value}"
    hint = _hint(rule, bound, hint_id, witnesses, None, value)
    return ({hint_id: hint} if hint else {}), entries, inputs


def _run_check(rule: CompiledRule, ctx: EvalContext) -> Outcome:
    if rule.condition is not None and rule.condition.evaluate(ctx) is None:
        return NOTHING
    hints, entries = {}, set()
    for finding in CHECKS[rule.check].run(ctx):
        entries.update(f.entry for f in finding.facts if f.entry is not None)
        hint = _hint(rule, ctx, f"{rule.id}:{finding.key}", finding.facts, finding)
        if hint:
            hints[hint.id] = hint
    return hints, frozenset(entries), ()


def bindings(rule: CompiledRule, ctx: EvalContext) -> set[str]:
    """The places a ``per`` rule is evaluated for: every one its place conditions can see."""
    per = rule.rule.per
    return {
        f.value
        for key in rule.keys
        if key[0].startswith(per)
        for f in ctx.facts_for(key)
        if f.kind == per
    }


def _hint(
    rule: CompiledRule,
    ctx: EvalContext,
    hint_id: str,
    witnesses: list[Fact],
    finding: Finding | None,
    bound: str | None = None,
) -> Hint | None:
    used = sorted({f.id: f for f in witnesses}.values(), key=sort_key)
    entries = tuple(sorted({f.entry for f in used if f.entry is not None}))
    spoken = [d for e in entries for d in ctx.facts_in_entry(e, "date")]
    statements = _applicable_statements(rule, ctx, spoken)
    if rule.rule.statements and not statements:
        return None  # nothing the guidelines say applies to this time or this hearing
    variables = _variables(ctx, used, spoken, statements, entries, bound)
    if finding:
        variables.update(finding.variables)
    lang = ctx.language
    explanation = Explanation(
        rule.id,
        rule.pack.id,
        rule.pack.version,
        entries,
        tuple(f.id for f in used),
        tuple(statements),
        rule.check,
    )
    return Hint(
        hint_id,
        rule.rule.kind,
        rule.title.render(lang, variables),
        rule.body.render(lang, variables),
        tuple(q.render(lang, variables) for q in rule.questions),
        explanation,
        rule.rule.against,
        rule.pack.sample,
    )


def _applicable_statements(
    rule: CompiledRule, ctx: EvalContext, spoken: list[Fact]
) -> list[StatementRef]:
    """Guideline statements valid on the hearing date, about the period the applicant speaks of."""
    chosen = []
    for statement_id in rule.rule.statements:
        statement, pack_meta = ctx.knowledge.statements[statement_id]
        valid = statement.valid
        if valid and not _within(ctx.hearing_date, valid.from_, valid.to):
            continue
        period = statement.period
        if period and spoken and not any(_overlaps(d, period.from_, period.to) for d in spoken):
            continue
        source = ctx.knowledge.packs[pack_meta.id].source_by_id[statement.source]
        chosen.append(
            StatementRef(
                statement.id,
                statement.text.get(ctx.language),
                source.id,
                source.title,
                source.url,
                statement.paragraph,
            )
        )
    return chosen


def _within(day, first, last) -> bool:
    return (first is None or first <= day) and (last is None or day <= last)


def _overlaps(fact: Fact, first, last) -> bool:
    p = fact.value
    return (first is None or p.last >= first) and (last is None or p.first <= last)


def _variables(
    ctx: EvalContext, used: list[Fact], spoken: list[Fact], statements, entries, bound: str | None
) -> dict[str, Any]:
    places = list(
        dict.fromkeys(f.value for f in used if f.kind in ("place", "origin", "birthplace"))
    )
    place_id = bound or (places[0] if places else None)
    place = ctx.knowledge.places.get(place_id) if place_id else None
    origins = [f.value for f in used if f.kind == "origin"]
    actors = list(dict.fromkeys(ctx.actor_name(f.value) for f in used if f.kind == "actor"))
    topics = list(dict.fromkeys(ctx.topic_name(f.value) for f in used if f.kind == "topic"))
    dates = list(dict.fromkeys(spoken_with_reading(d) for d in spoken))
    counts = [f for f in used if f.kind == "count"]
    return {
        "place": ctx.place_name(place_id) if place_id else "",
        "place_kind": place.kind if place else "",
        "places": [ctx.place_name(p) for p in places],
        "landmarks": list(place.landmarks) if place else [],
        "origin": ctx.place_name(origins[0]) if origins else "",
        "actor": actors[0] if actors else "",
        "actors": actors,
        "topic": topics[0] if topics else "",
        "topics": topics,
        "dates": dates,
        "period": dates[0] if dates else "",
        "entries": list(entries),
        "statements": [s.text for s in statements],
        "count": counts[0].value if counts else "",
        "counts": [f.value for f in counts],
        "hearing_date": ctx.hearing_date.strftime("%d.%m.%Y"),
    }


# Date mentions whose Gregorian reading is not plain from the words themselves.
_READ_FOR_THE_INTERVIEWER = ("relative", "day_context", "year_words", "last")


def spoken_with_reading(fact: Fact) -> str:
    """The applicant's words, and beside them how the assistant read them when that is not
    obvious: "1393 (= 21.03.2014-20.03.2015)", "vor anderthalb Jahren (= 01.03.2022-01.03.2023)".
    """
    if fact.calendar == "gregorian" and fact.how not in _READ_FOR_THE_INTERVIEWER:
        return fact.text
    p = fact.value
    first, last = p.first.strftime("%d.%m.%Y"), p.last.strftime("%d.%m.%Y")
    return f"{fact.text} (= {first})" if first == last else f"{fact.text} (= {first}-{last})"
