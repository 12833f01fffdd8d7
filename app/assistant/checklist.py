"""The completeness checklist: which decision-relevant elements the hearing has covered."""

from __future__ import annotations

from dataclasses import dataclass

from app.assistant.context import EvalContext
from app.assistant.packs.compiled import CompiledItem


@dataclass(frozen=True)
class ChecklistItemState:
    id: str
    title: str
    basis: str  # legal basis or reason the element matters
    status: str  # open | covered
    entries: tuple[int, ...]  # entries that settled it
    questions: tuple[str, ...]  # for open items: what still needs asking
    pack_id: str
    pack_version: str

    @property
    def covered(self) -> bool:
        return self.status == "covered"


@dataclass(frozen=True)
class Checklist:
    items: tuple[ChecklistItemState, ...]

    @property
    def covered_count(self) -> int:
        return sum(1 for i in self.items if i.covered)

    @property
    def progress(self) -> float:
        """Share of items covered, 0.0 to 1.0."""
        return self.covered_count / len(self.items) if self.items else 1.0

    @property
    def open_items(self) -> tuple[ChecklistItemState, ...]:
        return tuple(i for i in self.items if not i.covered)

    def next_questions(self, limit: int | None = None) -> list[tuple[str, str]]:
        """(item id, question) for open items, in checklist order: ask only what is missing."""
        pairs = [(i.id, q) for i in self.open_items for q in i.questions]
        return pairs[:limit] if limit else pairs


def evaluate_item(item: CompiledItem, ctx: EvalContext) -> ChecklistItemState:
    witnesses = item.condition.evaluate(ctx)
    covered = witnesses is not None
    entries = tuple(sorted({f.entry for f in witnesses or () if f.entry is not None}))
    questions: tuple[str, ...] = ()
    if not covered:
        questions = tuple(
            q.text.render(ctx.language, {})
            for q in item.questions
            if q.unless is None or q.unless.evaluate(ctx) is None
        )
    return ChecklistItemState(
        item.id,
        item.item.title.get(ctx.language),
        item.item.basis,
        "covered" if covered else "open",
        entries,
        questions,
        item.pack.id,
        item.pack.version,
    )
