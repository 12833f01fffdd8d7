"""Packs after loading: rules with compiled conditions and templates, ready to evaluate."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.assistant.facts import Key
from app.assistant.packs.conditions import Condition
from app.assistant.packs.models import (
    ChecklistItem,
    Example,
    PackMeta,
    Place,
    Rule,
    Source,
    Statement,
    Term,
)
from app.assistant.templating import LocalizedTemplate


@dataclass
class LoadedPack:
    meta: PackMeta
    path: Path
    examples: list[tuple[Path, Example]] = field(default_factory=list)

    @property
    def source_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.meta.sources}


@dataclass
class CompiledRule:
    rule: Rule
    pack: PackMeta
    condition: Condition | None
    title: LocalizedTemplate
    body: LocalizedTemplate
    questions: list[LocalizedTemplate]
    keys: frozenset[Key]
    gate: frozenset[Key] | None  # re-evaluate only when one of these keys has facts
    check: str | None = None

    @property
    def id(self) -> str:
        return self.rule.id


@dataclass
class CompiledQuestion:
    text: LocalizedTemplate
    unless: Condition | None


@dataclass
class CompiledItem:
    item: ChecklistItem
    pack: PackMeta
    condition: Condition
    questions: list[CompiledQuestion]
    keys: frozenset[Key]

    @property
    def id(self) -> str:
        return self.item.id


@dataclass
class Knowledge:
    """Everything the loaded packs say, merged (ids are unique across packs)."""

    packs: dict[str, LoadedPack]
    places: dict[str, Place]
    actors: dict[str, Term]
    topics: dict[str, Term]
    statements: dict[str, tuple[Statement, PackMeta]]
    rules: list[CompiledRule]
    checklist: list[CompiledItem]
    # Statements whose period reaches past their source's publication date. Not a load error:
    # a published (pinned) version must keep loading; `asa rules check` refuses them.
    citation_problems: list[Any] = field(default_factory=list)
    place_pack: dict[str, str] = field(default_factory=dict)  # place id -> id of its pack
