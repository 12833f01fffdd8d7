"""The completeness checklist: which decision-relevant elements the record settles.

An item is settled by what the record holds, never by a question having been asked: an answer
that addresses it (names its topic, or fills a typed field that belongs to it, or - for a
question about that one element - says anything that is not evasive), or the recorded notice it
stands for. Packs write ``asked: <topic>`` in an item's condition; for the checklist that reads
"asked *and answered*": the session turns such answers into ``addressed`` facts and the item is
evaluated against those (see :class:`SettledView`). The interviewer may mark an item settled or
open by hand with a short reason; that is kept for the review, never in the Niederschrift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.assistant.context import EvalContext
from app.assistant.facts import Fact, Key
from app.assistant.packs.compiled import CompiledItem

# Answers that say nothing: they leave an item open. Lower case, compared after trimming
# punctuation; German first (the Niederschrift's language), English too.
EVASIVE = frozenset(
    {
        "",
        "-",
        "–",
        "?",
        "...",
        "…",
        "k.a.",
        "k. a.",
        "keine angabe",
        "keine angaben",
        "ich weiß nicht",
        "weiß nicht",
        "ich weiss nicht",
        "weiss nicht",
        "das weiß ich nicht",
        "keine ahnung",
        "dazu möchte ich nichts sagen",
        "dazu will ich nichts sagen",
        "ich möchte dazu nichts sagen",
        "kann ich nicht sagen",
        "das kann ich nicht sagen",
        "keine antwort",
        "i don't know",
        "i do not know",
        "don't know",
        "no comment",
        "n/a",
    }
)

# Typed fields of the standard questions and the checklist topic each one settles when filled.
# (The skeletons' fields name what they record, not the checklist's topics; this table is the
# one place where the two meet.)
FIELD_TOPICS: dict[str, tuple[str, ...]] = {
    "place_of_birth": ("origin",),
    "last_address": ("origin",),
    "documents_held": ("identity_docs",),
    "documents_submitted": ("identity_docs",),
    "documents_whereabouts": ("identity_docs",),
    "family_members": ("family",),
    "relatives": ("family",),
    "route": ("travel_route",),
    "fingerprints_taken": ("fingerprints",),
    "applied_elsewhere": ("asylum_application",),
    "narrative": ("events",),
    "feared_on_return": ("return",),
    "sought_state_protection": ("state_protection",),
    "safe_place_elsewhere": ("internal_protection",),
    "fit_for_hearing": ("health",),
    "conditions": ("health",),
    "obstacles": ("health",),
    "evidence_offered": ("evidence",),
}

# Topics an answer may name to address another when that one was asked: asked what they fear
# on return, applicants say what they fear ("Ich fürchte, dass …", "Ich habe Angst, …") more
# often than they repeat the word "Rückkehr".
ADDRESSED_BY: dict[str, tuple[str, ...]] = {
    "return": ("fear",),
}

_TRIM = re.compile(r"^[\s.,;:!?\"'„“”»«()]+|[\s.,;:!?\"'„“”»«()]+$")


def is_evasive(answer: str) -> bool:
    """True when an answer says nothing about what was asked (empty, "weiß nicht" ...)."""
    text = _TRIM.sub("", " ".join(answer.split())).lower()
    return text in EVASIVE


def addressed_topics(asked: set[str], named: set[str]) -> set[str]:
    """The asked topics the answer's named topics address (itself or per ADDRESSED_BY)."""
    return {t for t in asked if t in named or named.intersection(ADDRESSED_BY.get(t, ()))}


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
    notices: tuple[str, ...] = ()  # recorded notices that settled it (notice ids)
    by_hand: str = ""  # "covered" or "open" when the interviewer decided, else ""
    reason: str = ""  # the interviewer's reason for deciding by hand

    @property
    def covered(self) -> bool:
        return self.status == "covered"


@dataclass(frozen=True)
class ManualMark:
    """The interviewer settled an item (or reopened it) by hand, with a short reason."""

    status: str  # covered | open
    reason: str
    at: str = ""


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

    def item(self, item_id: str) -> ChecklistItemState | None:
        return next((i for i in self.items if i.id == item_id), None)

    def next_questions(self, limit: int | None = None) -> list[tuple[str, str]]:
        """(item id, question) for open items, in checklist order: ask only what is missing."""
        pairs = [(i.id, q) for i in self.open_items for q in i.questions]
        return pairs[:limit] if limit else pairs


def items_still_open(checklist: Checklist) -> list[ChecklistItemState]:
    """Exactly the items the record does not settle (after the interviewer's own marks): what
    the seal dialog lists and asks a reason for."""
    return list(checklist.open_items)


def with_marks(checklist: Checklist, marks: dict[str, ManualMark]) -> Checklist:
    """The checklist as the interviewer sees it: marks by hand override the record's verdict."""
    if not marks:
        return checklist
    items = []
    for item in checklist.items:
        mark = marks.get(item.id)
        if mark is not None:
            item = replace(item, status=mark.status, by_hand=mark.status, reason=mark.reason)
        items.append(item)
    return Checklist(tuple(items))


class SettledView:
    """The evaluation context as the checklist reads it: ``asked: X`` means X was asked and
    answered (the ``addressed`` facts the session derives), not merely asked."""

    def __init__(self, ctx: EvalContext):
        self._ctx = ctx

    def facts_for(self, key: Key) -> list[Fact]:
        if key and key[0] == "asked":
            return self._ctx.facts_for(("addressed", *key[1:]))
        return self._ctx.facts_for(key)

    def __getattr__(self, name: str):
        return getattr(self._ctx, name)


def settled_keys(keys: frozenset[Key]) -> frozenset[Key]:
    """The keys an item is watched under: its own, and ``addressed`` for every ``asked``."""
    return keys | {("addressed", *k[1:]) for k in keys if k and k[0] == "asked"}


def evaluate_item(item: CompiledItem, ctx: EvalContext) -> ChecklistItemState:
    view = SettledView(ctx)
    witnesses = item.condition.evaluate(view)
    covered = witnesses is not None
    found = witnesses or ()
    entries = tuple(sorted({f.entry for f in found if f.entry is not None}))
    notices = tuple(sorted({f.value for f in found if f.kind == "notice"}))
    questions: tuple[str, ...] = ()
    if not covered:
        questions = tuple(
            q.text.render(ctx.language, {})
            for q in item.questions
            if q.unless is None or q.unless.evaluate(view) is None
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
        notices,
    )
