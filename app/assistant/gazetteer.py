"""Finding places in typed text: an exact index over every name variant, plus fuzzy matching.

Names are indexed by their normalised form (see :mod:`normalize`) and by a looser
transliteration key. Spelling slips ("Erbill", "Hawlir", "Kandhar") are caught by edit distance
(optimal string alignment: a swapped pair of letters is one slip), but only for capitalised
words that are no ordinary German or English word (:mod:`lexicon`), and only against names of
nearly the same length and first letter, so a lookup compares a token with dozens of names
rather than all 20,000, and results are cached per token.

A name several places share ("Salah ad-Din": an Iraqi governorate and a district of Aleppo)
is decided by its context: a place named in the same text that contains it or lies in it ("in
Aleppo im Stadtteil Salaheddine"), else the applicant's home country, else pack order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import OSA

from app.assistant.lexicon import is_common_word
from app.assistant.normalize import (
    arabic_prefix_strips,
    is_arabic_script,
    name_variants,
    translit_key,
)
from app.assistant.pacing import pause_point
from app.assistant.textscan import Token

FUZZY_MIN_LENGTH = 5


@dataclass(frozen=True)
class PlaceMatch:
    place_id: str
    start: int
    end: int
    surface: str
    how: str  # exact | translit | fuzzy
    sentence: int
    alternatives: tuple[str, ...] = ()  # other places with the same name


class Gazetteer:
    def __init__(self, names: Iterable[tuple[str, str]], parents: dict[str, str | None]):
        """``names``: (place_id, name) pairs, in pack order; ``parents``: place -> parent."""
        self.parents = parents
        self._exact: dict[str, list[str]] = defaultdict(list)
        self._translit: dict[str, list[str]] = defaultdict(list)
        self._fuzzy_buckets: dict[tuple[str, int], dict[str, None]] = defaultdict(dict)
        self.max_words = 1
        for place_id, name in names:
            for key in name_variants(name):
                self._add(key, place_id)
        self._cache: dict[str, tuple[str, list[str]] | None] = {}
        self._ancestors: dict[str, tuple[str, ...]] = {}

    def _add(self, key: str, place_id: str) -> None:
        if place_id not in self._exact[key]:
            self._exact[key].append(place_id)
        tkey = translit_key(key)
        if place_id not in self._translit[tkey]:
            self._translit[tkey].append(place_id)
        words = key.count(" ") + 1
        self.max_words = max(self.max_words, words)
        if words == 1 and len(key) >= FUZZY_MIN_LENGTH:
            self._fuzzy_buckets[(key[0], len(key))][key] = None  # an ordered set

    def ancestors(self, place_id: str) -> tuple[str, ...]:
        """The place itself and every region that contains it, innermost first."""
        cached = self._ancestors.get(place_id)
        if cached is None:
            chain, current, seen = [], place_id, set()
            while current and current not in seen:
                seen.add(current)
                chain.append(current)
                current = self.parents.get(current)
            cached = self._ancestors[place_id] = tuple(chain)
        return cached

    def lookup(self, key: str, allow_fuzzy: bool = True) -> tuple[str, list[str]] | None:
        """(how, place ids) for one normalised key, or None."""
        if key in self._exact:
            return "exact", self._exact[key]
        tkey = translit_key(key)
        if tkey in self._translit:
            return "translit", self._translit[tkey]
        if not allow_fuzzy or " " in key:
            return None
        if key in self._cache:
            return self._cache[key]
        found = self._fuzzy(key)
        self._cache[key] = found
        return found

    def _fuzzy(self, key: str) -> tuple[str, list[str]] | None:
        if is_arabic_script(key):
            for stripped in arabic_prefix_strips(key):
                if stripped in self._exact:
                    return "exact", self._exact[stripped]
        if len(key) < FUZZY_MIN_LENGTH or not key.isalpha():
            return None
        max_edits = 1 if len(key) < 9 else 2
        candidates: list[str] = []
        for length in range(len(key) - max_edits, len(key) + max_edits + 1):
            candidates.extend(self._fuzzy_buckets.get((key[0], length), ()))
        if not candidates:
            return None
        best = process.extractOne(key, candidates, scorer=OSA.distance, score_cutoff=max_edits)
        return ("fuzzy", self._exact[best[0]]) if best else None

    def find(self, tokens: list[Token], home: tuple[str, ...] = ()) -> list[PlaceMatch]:
        """Longest-match-first scan over the tokens of one text. ``home``: the places (usually
        the country) the applicant comes from, which decide a shared name without a nearer
        clue."""
        return self.resolve(self.scan(tokens), home)

    def scan(self, tokens: list[Token]) -> list[PlaceMatch]:
        """The matches with a shared name undecided (its other places in ``alternatives``)."""
        matches, i = [], 0
        while i < len(tokens):
            pause_point()
            found = None
            for width in range(min(self.max_words, len(tokens) - i), 0, -1):
                window = tokens[i : i + width]
                if window[-1].sentence != window[0].sentence:
                    continue
                key = " ".join(t.key for t in window)
                hit = self.lookup(key, allow_fuzzy=width == 1 and _may_be_name(window[0]))
                if hit:
                    found = (width, hit)
                    break
            if found is None:
                i += 1
                continue
            width, (how, place_ids) = found
            first, last = tokens[i], tokens[i + width - 1]
            surface = " ".join(t.text for t in tokens[i : i + width])
            matches.append(
                PlaceMatch(
                    place_ids[0],
                    first.start,
                    last.end,
                    surface,
                    how,
                    first.sentence,
                    tuple(place_ids[1:]),
                )
            )
            i += width
        return matches

    def resolve(self, matches: list[PlaceMatch], home: tuple[str, ...] = ()) -> list[PlaceMatch]:
        """Decide each shared name of ``matches`` (one text's) by the others and ``home``."""
        if not any(m.alternatives for m in matches):
            return matches
        sure = {m.place_id for m in matches if not m.alternatives}
        return [self._decide(m, sure, home) if m.alternatives else m for m in matches]

    def _decide(self, match: PlaceMatch, nearby: set[str], home: tuple[str, ...]) -> PlaceMatch:
        """The candidate related to a place named nearby; else one in the home country."""
        candidates = (match.place_id, *match.alternatives)
        related = [
            c
            for c in candidates
            if any(n in self.ancestors(c) or c in self.ancestors(n) for n in nearby)
        ]
        at_home = [c for c in candidates if any(h in self.ancestors(c) for h in home)]
        best = (related or at_home or candidates)[0]
        if best == match.place_id:
            return match
        others = tuple(c for c in candidates if c != best)
        return replace(match, place_id=best, alternatives=others)


def _may_be_name(token: Token) -> bool:
    """Whether a word not found as a name may still be a misspelt one.

    Latin-script names are written with a capital, so a lower-case word is not; nor is an
    ordinary German or English word (see :mod:`lexicon`), however close to a name it is.
    """
    text = token.text
    if is_arabic_script(text):
        return True
    return text[:1].isupper() and len(text) >= FUZZY_MIN_LENGTH and not is_common_word(text)
