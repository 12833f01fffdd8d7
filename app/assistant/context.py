"""The view of a session that conditions, checks and templates read."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.assistant.facts import PLACE_KINDS, Fact, Key
from app.assistant.factstore import FactStore
from app.assistant.packs.compiled import Knowledge


class EvalContext:
    def __init__(
        self,
        knowledge: Knowledge,
        store: FactStore,
        ancestors,
        case: Any,
        hearing_date: date,
        language: str,
    ):
        self.knowledge, self.store, self.ancestors = knowledge, store, ancestors
        self.applicant = case.applicant
        self.applicant_birth = case.applicant.date_of_birth
        self.case_file = case.case_file
        self.hearing_date, self.language = hearing_date, language

    def facts_for(self, key: Key) -> list[Fact]:
        return self.store.active(key)

    def facts_in_entry(self, entry: int | None, kind: str) -> list[Fact]:
        return self.store.in_entry(entry, kind)

    def bind(self, kind: str, value: str) -> BoundContext:
        return BoundContext(self, kind, value)

    def place_name(self, place_id: str) -> str:
        place = self.knowledge.places.get(place_id)
        return place.name_in(self.language) if place else place_id

    def topic_name(self, topic_id: str) -> str:
        term = self.knowledge.topics.get(topic_id)
        return term.display.get(self.language) if term else topic_id

    def actor_name(self, actor_id: str) -> str:
        term = self.knowledge.actors.get(actor_id)
        return term.display.get(self.language) if term else actor_id

    def is_home_event(self, topic_id: str) -> bool:
        term = self.knowledge.topics.get(topic_id)
        return bool(term and term.home_event)


class BoundContext(EvalContext):
    """A rule with ``per: place`` is evaluated once per place: other places are hidden."""

    def __init__(self, parent: EvalContext, kind: str, value: str):
        self.__dict__.update(parent.__dict__)
        self.bound_kind, self.bound_value = kind, value

    def facts_for(self, key: Key) -> list[Fact]:
        if key[0].startswith(self.bound_kind) and key[0].split("_")[0] in PLACE_KINDS:
            # Facts of the bound place only: found through its own (small) index bucket.
            bucket = self.store.active((self.bound_kind, self.bound_value))
            return [f for f in bucket if f.value == self.bound_value and key in f.keys]
        return self.store.active(key)
