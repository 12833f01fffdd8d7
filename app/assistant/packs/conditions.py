"""The condition language of rule packs: plain YAML data, compiled once at load, never eval'd.

    all: [ ... ]  any: [ ... ]  not: { ... }
    place: erbil | {in: erbil} | {tag: fgm_prevalence_high} | {kind: city}
    origin: ...  birthplace: ...     (same forms; places stated as home or place of birth)
    fact: departure        (any fact of that kind: place, origin, date, departure, count ...)
    actor: islamic_state   topic: arrest   asked: travel_route   answered: <question id>
    notice: s25_3          period: {from: 2014-06-01, to: 2017-12-31}
    count: {of: children, min: 1, max: 3}   age: {below: 18} | {at_least: 18}
    applicant: {sex: f}    case_file: {field: children_count} | {field: x, equals: y}

Every compiled condition knows the fact keys it reads (for the incremental index) and its
*gate*: keys of which at least one must have facts for the condition to be true at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from app.assistant.facts import Fact, Key
from app.assistant.periods import EVER, Period, age_now_range, age_on, age_range

Witnesses = list[Fact]
PLACE_CONDITIONS = ("place", "origin", "birthplace")
# "negated": a topic the applicant denied ("Ich bin nicht zur Polizei gegangen").
SIMPLE_ID_CONDITIONS = ("actor", "topic", "negated", "asked", "answered", "notice")
FACT_KINDS = (
    "place",
    "origin",
    "birthplace",
    "actor",
    "topic",
    "negated",
    "asked",
    "answered",
    "notice",
    "date",
    "departure",
    "dob",
    "count",
    "age",
)
KNOWN = (
    "all",
    "any",
    "not",
    "fact",
    *PLACE_CONDITIONS,
    *SIMPLE_ID_CONDITIONS,
    "period",
    "count",
    "age",
    "applicant",
    "case_file",
)


class ConditionError(Exception):
    def __init__(self, path: tuple[str | int, ...], message: str):
        self.path, self.message = path, message
        super().__init__(message)


class Condition:
    keys: frozenset[Key] = frozenset()
    gate: frozenset[Key] | None = None  # None: no key is required (static or negated)

    def evaluate(self, ctx: Any) -> Witnesses | None:
        raise NotImplementedError

    def place_keys(self) -> list[Key]:
        return [k for k in self.keys if k[0] in PLACE_CONDITIONS]


class FactCondition(Condition):
    """True when some active fact carries the key (and passes an optional test)."""

    def __init__(self, key: Key, test: Callable[[Fact], bool] | None = None):
        self.key, self.test = key, test
        self.keys = frozenset({key})
        self.gate = frozenset({key})
        self._memo: tuple[Any, Witnesses | None] | None = None

    def evaluate(self, ctx: Any) -> Witnesses | None:
        if self.test is None:
            return ctx.facts_for(self.key) or None
        # Tests (periods, counts) are shared by many rules (identical conditions are compiled
        # to one object): remember the answer while the key's facts stay the same.
        stamp = (ctx.store.token, ctx.store.version(self.key), getattr(ctx, "bound_value", None))
        if self._memo is not None and self._memo[0] == stamp:
            return self._memo[1]
        found = [f for f in ctx.facts_for(self.key) if self.test(f)] or None
        self._memo = (stamp, found)
        return found


class AgeCondition(Condition):
    keys = frozenset({("age",), ("dob",)})

    def __init__(self, below: int | None, at_least: int | None):
        self.below, self.at_least = below, at_least

    def _fits(self, age: int) -> bool:
        return (self.below is None or age < self.below) and (
            self.at_least is None or age >= self.at_least
        )

    def _fits_range(self, ages: tuple[int, int] | None) -> bool:
        """Only when every age the facts allow fits: "2005 war ich 15" is no minor today."""
        return ages is not None and self._fits(ages[0]) and self._fits(ages[1])

    def evaluate(self, ctx: Any) -> Witnesses | None:
        today = ctx.hearing_date
        witnesses = [
            f
            for f in ctx.facts_for(("age",))
            if self._fits_range(age_now_range(f.value, f.at, today))
        ]
        witnesses += [
            f
            for f in ctx.facts_for(("dob",))
            if self._fits_range(age_range(f.value, Period(today, today)))
        ]
        birth = ctx.applicant_birth
        if witnesses or (birth and self._fits(age_on(birth, today))):
            return witnesses
        return None


class StaticCondition(Condition):
    """Reads the applicant's record or the case file, which do not change during a session."""

    def __init__(self, test: Callable[[Any], bool]):
        self.test = test

    def evaluate(self, ctx: Any) -> Witnesses | None:
        return [] if self.test(ctx) else None


class All(Condition):
    def __init__(self, parts: list[Condition]):
        self.parts = parts
        self.keys = frozenset().union(*(p.keys for p in parts))
        gates = [p.gate for p in parts if p.gate]
        # The most selective gate: a named place, actor or topic is far rarer than "a city",
        # a tag, or "any date".
        gates.sort(key=lambda g: max(_breadth(k) for k in g))
        self.gate = gates[0] if gates else None

    def evaluate(self, ctx: Any) -> Witnesses | None:
        witnesses: Witnesses = []
        for part in self.parts:
            found = part.evaluate(ctx)
            if found is None:
                return None
            witnesses.extend(found)
        return witnesses


def _breadth(key: Key) -> int:
    if len(key) == 1:
        return 3  # any fact of a kind (any date, any place)
    return 2 if key[0].endswith(("_kind", "_tag")) else 0


class Any_(Condition):
    def __init__(self, parts: list[Condition]):
        self.parts = parts
        self.keys = frozenset().union(*(p.keys for p in parts))
        gates = [p.gate for p in parts]
        self.gate = None if any(g is None for g in gates) else frozenset().union(*gates)

    def evaluate(self, ctx: Any) -> Witnesses | None:
        matched = [found for part in self.parts if (found := part.evaluate(ctx)) is not None]
        return [f for found in matched for f in found] if matched else None


class Not(Condition):
    def __init__(self, part: Condition):
        self.part = part
        self.keys = part.keys

    def evaluate(self, ctx: Any) -> Witnesses | None:
        return [] if self.part.evaluate(ctx) is None else None


class Compiler:
    """Turns YAML condition data into Condition objects; ``ids`` holds the known ids per kind."""

    def __init__(self, ids: dict[str, set[str]]):
        self.ids = ids
        self._interned: dict[str, Condition] = {}

    def _intern(self, raw: Any, condition: Condition) -> Condition:
        """Identical leaf conditions become one object, so their memo is shared."""
        return self._interned.setdefault(repr(raw), condition)

    def compile(self, raw: Any, path: tuple[str | int, ...]) -> Condition:
        if isinstance(raw, list):
            return All([self.compile(item, (*path, i)) for i, item in enumerate(raw)])
        if not isinstance(raw, dict) or len(raw) != 1:
            raise ConditionError(
                path, "a condition is one of: " + ", ".join(KNOWN) + " (one key per list item)"
            )
        ((name, arg),) = raw.items()
        here = (*path, name)
        if name in ("all", "any"):
            if not isinstance(arg, list) or not arg:
                raise ConditionError(here, f"'{name}' needs a list of conditions")
            parts = [self.compile(item, (*here, i)) for i, item in enumerate(arg)]
            return All(parts) if name == "all" else Any_(parts)
        if name == "not":
            return Not(self.compile(arg, here))
        if name == "fact":
            if arg not in FACT_KINDS:
                raise ConditionError(here, f"'fact' takes one of: {', '.join(FACT_KINDS)}")
            return FactCondition((arg,))
        if name in PLACE_CONDITIONS:
            return self._place(name, arg, here)
        if name in SIMPLE_ID_CONDITIONS:
            self._known("topic" if name in ("asked", "negated") else name, arg, here, name)
            return FactCondition((name, str(arg)))
        if name == "period":
            period = self._period(arg, here)
            return self._intern(raw, FactCondition(("date",), lambda f: f.value.overlaps(period)))
        if name == "count":
            return self._intern(raw, self._count(arg, here))
        if name == "age":
            fields = self._fields(arg, here, {"below", "at_least"}, int)
            return AgeCondition(fields.get("below"), fields.get("at_least"))
        if name == "applicant":
            fields = self._fields(arg, here, {"sex", "nationality"}, str)
            return StaticCondition(
                lambda ctx: all(str(getattr(ctx.applicant, k, "")) == v for k, v in fields.items())
            )
        if name == "case_file":
            return self._case_file(arg, here)
        raise ConditionError(path, f"unknown condition '{name}' (known: {', '.join(KNOWN)})")

    def _known(self, kind: str, value: Any, path: tuple, label: str) -> None:
        kind = {"actor": "actor", "topic": "topic"}.get(kind, kind)
        if not isinstance(value, str) or not value:
            raise ConditionError(path, f"'{label}' needs an id")
        if kind in self.ids and value not in self.ids[kind]:
            raise ConditionError(path, f"unknown {kind} '{value}'")

    def _place(self, name: str, arg: Any, path: tuple) -> Condition:
        if isinstance(arg, str):
            arg = {"in": arg}
        if not isinstance(arg, dict) or len(arg) != 1:
            raise ConditionError(path, f"'{name}' needs a place id, or one of in/tag/kind")
        ((how, value),) = arg.items()
        if how == "in":
            self._known("place", value, (*path, how), name)
            return FactCondition((name, value))
        if how == "tag":
            return FactCondition((f"{name}_tag", str(value)))
        if how == "kind":
            return FactCondition((f"{name}_kind", str(value)))
        raise ConditionError((*path, how), f"'{name}' takes in, tag or kind, not '{how}'")

    def _period(self, arg: Any, path: tuple) -> Period:
        fields = self._fields(arg, path, {"from", "to"}, date)
        if not fields:
            raise ConditionError(path, "'period' needs from and/or to (dates like 2014-08-01)")
        return Period(fields.get("from", EVER.first), fields.get("to", EVER.last))

    def _count(self, arg: Any, path: tuple) -> Condition:
        fields = self._fields(arg, path, {"of", "min", "max"}, None)
        if "of" not in fields:
            raise ConditionError(path, "'count' needs 'of' (children, siblings, brothers ...)")
        low, high = fields.get("min", 0), fields.get("max", 10**6)
        if not isinstance(low, int) or not isinstance(high, int):
            raise ConditionError(path, "'min' and 'max' must be whole numbers")
        return FactCondition(("count", str(fields["of"])), lambda f: low <= f.value <= high)

    def _case_file(self, arg: Any, path: tuple) -> Condition:
        fields = self._fields(arg, path, {"field", "equals"}, None)
        if "field" not in fields:
            raise ConditionError(path, "'case_file' needs 'field'")
        name, missing = fields["field"], object()

        def test(ctx: Any) -> bool:
            value = ctx.case_file.get(name, missing)
            if "equals" in fields:
                return value == fields["equals"]
            return value is not missing and value not in ("", None)

        return StaticCondition(test)

    @staticmethod
    def _fields(arg: Any, path: tuple, allowed: set[str], kind: type | None) -> dict[str, Any]:
        if not isinstance(arg, dict):
            raise ConditionError(path, f"expected fields: {', '.join(sorted(allowed))}")
        for key, value in arg.items():
            if key not in allowed:
                raise ConditionError(
                    (*path, key), f"unknown field '{key}' (use: {', '.join(sorted(allowed))})"
                )
            if kind is not None and not isinstance(value, kind):
                raise ConditionError((*path, key), f"'{key}' must be a {kind.__name__}")
        return dict(arg)
