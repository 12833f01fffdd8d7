"""Re-evaluating only what an edit touches.

Rules and checklist items are indexed by the fact keys they read (``("place", "erbil")``,
``("topic", "arrest")``, ``("count", "children")`` ...). After an edit the session knows which
keys gained or lost facts; only rules indexed under those keys are evaluated again, and of those
only the ones whose *gate* (a key that must have facts for the rule to fire at all) is met or
that currently show a hint. Rules whose hint texts quote an entry (dates spoken there) are also
re-run when that entry changes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from app.assistant.checklist import ChecklistItemState, evaluate_item, settled_keys
from app.assistant.context import EvalContext
from app.assistant.evaluation import Outcome, bindings, evaluate_binding
from app.assistant.facts import PLACE_KINDS, Fact, Key
from app.assistant.hints import Hint
from app.assistant.packs.compiled import Knowledge


class RuleIndex:
    """Built once per loaded pack set and shared by every session."""

    def __init__(self, knowledge: Knowledge):
        self.rules = knowledge.rules
        self.items = knowledge.checklist
        self.rules_by_key: dict[Key, list[int]] = defaultdict(list)
        self.items_by_key: dict[Key, list[int]] = defaultdict(list)
        for i, rule in enumerate(self.rules):
            for key in _watched(rule):
                self.rules_by_key[key].append(i)
        for i, item in enumerate(self.items):
            for key in settled_keys(item.keys):
                self.items_by_key[key].append(i)
        # Topics the checklist asks about: an answer to them becomes an ``addressed`` fact.
        self.checklist_topics = frozenset(
            k[1] for item in self.items for k in item.keys if k[0] == "asked" and len(k) > 1
        )


def _watched(rule) -> frozenset[Key]:
    """The keys whose change can alter a rule's hints.

    For a ``per: place`` rule whose gate is made of place keys, the other place keys need no
    watching: a place's facts carry all of its keys at once, so a place without a gate key can
    never satisfy the rule, before or after an edit.
    """
    per, gate = rule.rule.per, rule.gate
    if not per or not gate or not all(k[0].startswith(per) for k in gate):
        return rule.keys
    return frozenset(k for k in rule.keys if not k[0].startswith(per) or k in gate)


@dataclass
class Changes:
    hints_added: list[Hint] = field(default_factory=list)
    hints_removed: list[Hint] = field(default_factory=list)
    hints_changed: list[Hint] = field(default_factory=list)
    items_changed: list[ChecklistItemState] = field(default_factory=list)
    rules_evaluated: int = 0


class Evaluator:
    def __init__(self, index: RuleIndex, ctx: EvalContext):
        self.index, self.ctx = index, ctx
        # Per rule: binding (a place id for ``per`` rules, else None) -> (hints, entries read).
        self.results: dict[int, dict[str | None, Outcome]] = {}
        self.entry_rules: dict[int, set[int]] = defaultdict(set)
        self.hints: dict[str, Hint] = {}
        self.items: list[ChecklistItemState] = []

    def evaluate_all(self) -> Changes:
        """From scratch: every rule and item (at session start, and as the benchmark baseline)."""
        changes = Changes()
        for i in range(len(self.index.rules)):
            self._run_rule(i, None, changes)
        self.items = [evaluate_item(item, self.ctx) for item in self.index.items]
        changes.items_changed = list(self.items)
        return changes

    def update(self, changed_keys: set[Key], touched: set[int], facts: list[Fact]) -> Changes:
        """Re-run what reads the changed keys or quoted the touched entries.

        A ``per: place`` rule only re-runs the places whose facts changed: its other places
        cannot see them.
        """
        changes = Changes()
        values: dict[str, set[str]] = defaultdict(set)
        for fact in facts:
            if fact.kind in PLACE_KINDS:
                values[fact.kind].add(fact.value)
        plan: dict[int, set[str] | None] = {}  # rule -> bindings to re-run (None: all)
        rules = self.index.rules
        for key in changed_keys:
            for i in self.index.rules_by_key.get(key, ()):
                per = rules[i].rule.per
                if per and key[0].startswith(per):
                    _widen(plan, i, values[per])
                else:
                    plan[i] = None
        for entry in touched:
            for i in self.entry_rules.get(entry, ()):
                quoted = {b for b, (_, read, _) in self.results.get(i, {}).items() if entry in read}
                _widen(plan, i, quoted if rules[i].rule.per else None)
        store = self.ctx.store
        for i, only in sorted(plan.items()):
            gate = rules[i].gate
            silent = only is None and gate and i not in self.results
            if silent and not any(store.has(k) for k in gate):
                continue  # cannot fire and shows nothing: no need to look
            self._run_rule(i, only, changes)
        items = {i for key in changed_keys for i in self.index.items_by_key.get(key, ())}
        for i in sorted(items):
            state = evaluate_item(self.index.items[i], self.ctx)
            if state != self.items[i]:
                self.items[i] = state
                changes.items_changed.append(state)
        return changes

    def _run_rule(self, i: int, only: set[str] | None, changes: Changes) -> None:
        rule = self.index.rules[i]
        old = self.results.get(i, {})
        if not rule.rule.per:
            targets, new = [None], {}
        elif only is None:
            targets, new = sorted(bindings(rule, self.ctx)), {}
        else:
            targets, new = sorted(only), {b: o for b, o in old.items() if b not in only}
        for binding in targets:
            changes.rules_evaluated += 1
            outcome = evaluate_binding(rule, self.ctx, binding, old.get(binding))
            if outcome[0] or outcome[1]:
                new[binding] = outcome
        self._apply(i, old, new, changes)

    def _apply(self, i: int, old: dict, new: dict, changes: Changes) -> None:
        before = {h_id: h for hints, _, _ in old.values() for h_id, h in hints.items()}
        after = {h_id: h for hints, _, _ in new.values() for h_id, h in hints.items()}
        for hint_id, hint in after.items():
            previous = before.get(hint_id)
            if previous is None:
                changes.hints_added.append(hint)
            elif previous != hint:
                changes.hints_changed.append(hint)
            self.hints[hint_id] = hint
        for hint_id, hint in before.items():
            if hint_id not in after:
                changes.hints_removed.append(hint)
                del self.hints[hint_id]
        for entry in {e for _, read, _ in old.values() for e in read}:
            self.entry_rules[entry].discard(i)
        for entry in {e for _, read, _ in new.values() for e in read}:
            self.entry_rules[entry].add(i)
        if new:
            self.results[i] = new
        else:
            self.results.pop(i, None)


def _widen(plan: dict[int, set[str] | None], i: int, values: set[str] | None) -> None:
    if values is None:
        plan[i] = None
    elif i not in plan:
        plan[i] = set(values)
    elif plan[i] is not None:
        plan[i] |= values
