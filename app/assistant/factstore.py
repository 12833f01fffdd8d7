"""Facts of a session, kept per entry and indexed by key; rejected facts are kept but inactive."""

from __future__ import annotations

import itertools
from collections import defaultdict

from app.assistant.facts import Fact, Key, sort_key

EntryKey = int | None  # None: the case file


_tokens = itertools.count()


class FactStore:
    def __init__(self) -> None:
        self.token = next(_tokens)  # tells memoised condition results of sessions apart
        self._versions: dict[Key, int] = defaultdict(int)
        self.by_entry: dict[EntryKey, list[Fact]] = {}
        self.by_id: dict[str, Fact] = {}
        self.rejected: set[str] = set()
        self._index: dict[Key, dict[str, Fact]] = defaultdict(dict)
        self._sorted: dict[Key, list[Fact]] = {}
        self._entry_kind: dict[tuple[EntryKey, str], list[Fact]] = {}

    def active(self, key: Key) -> list[Fact]:
        cached = self._sorted.get(key)
        if cached is None:
            cached = self._sorted[key] = sorted(self._index.get(key, {}).values(), key=sort_key)
        return cached

    def version(self, key: Key) -> int:
        """Changes whenever the active facts under ``key`` change."""
        return self._versions[key]

    def has(self, key: Key) -> bool:
        return bool(self._index.get(key))

    def in_entry(self, entry: EntryKey, kind: str) -> list[Fact]:
        cached = self._entry_kind.get((entry, kind))
        if cached is None:
            cached = [
                f
                for f in self.by_entry.get(entry, ())
                if f.kind == kind and f.id not in self.rejected
            ]
            self._entry_kind[(entry, kind)] = cached
        return cached

    def all(self) -> list[Fact]:
        return sorted(self.by_id.values(), key=sort_key)

    def replace_entry(
        self, entry: EntryKey, facts: list[Fact]
    ) -> tuple[list[Fact], list[Fact], set[Key]]:
        """Swap an entry's facts; returns (added, removed, keys whose active facts changed)."""
        old = {f.id: f for f in self.by_entry.get(entry, ())}
        # Unchanged facts stay the objects the session already holds: whoever compares the
        # entry's facts with the last ones (the panel, after each key) finds them identical.
        facts = [old[f.id] if old.get(f.id) == f else f for f in facts]
        new = {f.id: f for f in facts}
        removed = [f for fid, f in old.items() if new.get(fid) is not f]
        added = [f for f in facts if old.get(f.id) is not f]
        changed: set[Key] = set()
        for f in removed:
            del self.by_id[f.id]
            changed |= self._deactivate(f)
        for f in added:
            self.by_id[f.id] = f
            if f.id not in self.rejected:
                changed |= self._activate(f)
        if facts:
            self.by_entry[entry] = facts
        else:
            self.by_entry.pop(entry, None)
        for kind in {f.kind for f in (*removed, *added)}:
            self._entry_kind.pop((entry, kind), None)
        return added, removed, changed

    def set_rejected(self, fact_id: str, rejected: bool) -> set[Key]:
        if rejected == (fact_id in self.rejected):
            return set()
        fact = self.by_id.get(fact_id)
        if rejected:
            self.rejected.add(fact_id)
            changed = self._deactivate(fact) if fact else set()
        else:
            self.rejected.discard(fact_id)
            changed = self._activate(fact) if fact else set()
        if fact:
            self._entry_kind.pop((fact.entry, fact.kind), None)
        return changed

    def _activate(self, fact: Fact) -> set[Key]:
        for key in fact.keys:
            self._index[key][fact.id] = fact
            self._sorted.pop(key, None)
            self._versions[key] += 1
        return set(fact.keys)

    def _deactivate(self, fact: Fact) -> set[Key]:
        changed = set()
        for key in fact.keys:
            bucket = self._index.get(key)
            if bucket and bucket.pop(fact.id, None) is not None:
                self._sorted.pop(key, None)
                self._versions[key] += 1
                changed.add(key)
        return changed
