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

from app.assistant.checklist import ChecklistItemState, evaluate_item
from app.assistant.context import EvalContext
from app.assistant.evaluation import evaluate_rule
from app.assistant.facts import Key
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
            for key in rule.keys:
                self.rules_by_key[key].append(i)
        for i, item in enumerate(self.items):
            for key in item.keys:
                self.items_by_key[key].append(i)


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
        self.rule_hints: dict[int, dict[str, Hint]] = {}
        self.rule_entries: dict[int, set[int]] = {}
        self.entry_rules: dict[int, set[int]] = defaultdict(set)
        self.hints: dict[str, Hint] = {}
        self.items: list[ChecklistItemState] = []

    def evaluate_all(self) -> Changes:
        """From scratch: every rule and item (at session start, and as the benchmark baseline)."""
        changes = Changes()
        for i in range(len(self.index.rules)):
            self._run_rule(i, changes)
        self.items = [evaluate_item(item, self.ctx) for item in self.index.items]
        changes.items_changed = list(self.items)
        return changes

    def update(self, changed_keys: set[Key], touched_entries: set[int]) -> Changes:
        changes = Changes()
        store = self.ctx.store
        candidates: set[int] = set()
        for key in changed_keys:
            candidates.update(self.index.rules_by_key.get(key, ()))
        for entry in touched_entries:
            candidates.update(self.entry_rules.get(entry, ()))
        for i in sorted(candidates):
            gate = self.index.rules[i].gate
            if gate and not self.rule_hints.get(i) and not any(store.has(k) for k in gate):
                continue  # cannot fire and shows nothing: no need to look
            self._run_rule(i, changes)
        items = {i for key in changed_keys for i in self.index.items_by_key.get(key, ())}
        for i in sorted(items):
            state = evaluate_item(self.index.items[i], self.ctx)
            if state != self.items[i]:
                self.items[i] = state
                changes.items_changed.append(state)
        return changes

    def _run_rule(self, i: int, changes: Changes) -> None:
        changes.rules_evaluated += 1
        new = evaluate_rule(self.index.rules[i], self.ctx)
        old = self.rule_hints.get(i, {})
        for hint_id, hint in new.items():
            before = old.get(hint_id)
            if before is None:
                changes.hints_added.append(hint)
            elif before != hint:
                changes.hints_changed.append(hint)
            self.hints[hint_id] = hint
        for hint_id, hint in old.items():
            if hint_id not in new:
                changes.hints_removed.append(hint)
                del self.hints[hint_id]
        for entry in self.rule_entries.pop(i, ()):
            self.entry_rules[entry].discard(i)
        if new:
            self.rule_hints[i] = new
            entries = {e for h in new.values() for e in h.explanation.entries}
            self.rule_entries[i] = entries
            for entry in entries:
                self.entry_rules[entry].add(i)
        else:
            self.rule_hints.pop(i, None)
