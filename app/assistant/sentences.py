"""An answer's sentences scanned one by one, and kept between readings of the same entry.

Scanning (tokens, place names, vocabulary terms) is most of the cost of reading an answer.
No name or term reaches across a sentence end, so a sentence's scan depends on its text
alone; the scan is kept by that text, and a key typed at the end of a 20,000-word narrative
scans the one sentence it changed - the others are taken from the entry's previous reading
(:class:`SentenceScans`). Without such a memory every sentence is scanned: the same code, so
the same result as a reading from scratch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.assistant.dates import DateMention
from app.assistant.gazetteer import PlaceMatch
from app.assistant.pacing import pause_point
from app.assistant.textscan import Token, tokenize
from app.assistant.vocabulary import TermMatch

if TYPE_CHECKING:
    from app.assistant.extract import Extractor

Bounds = list[tuple[int, int]]


@dataclass(frozen=True)
class Scan:
    """What one sentence holds: its tokens, place names and terms, at absolute positions
    (character offsets, sentence number and token numbers in the whole answer)."""

    tokens: tuple[Token, ...]
    places: tuple[PlaceMatch, ...]
    terms: tuple[TermMatch, ...]


# A scan placed in an answer: (sentence text, start offset, sentence number, first token).
Placement = tuple[str, int, int, int]


class SentenceScans:
    """The scans of one entry's sentences as last read (by sentence text, and as placed).

    Only the sentences of the latest reading are kept, so the memory is the size of the entry.
    ``scanned`` counts the sentences actually scanned (not taken from memory).
    """

    def __init__(self) -> None:
        self._local: dict[str, Scan] = {}  # sentence text -> scan at offset 0
        self._placed: dict[Placement, Scan] = {}
        self.scanned = 0
        # The date mentions of each line (app.assistant.dates.find_dates keeps them here);
        # one session's entry, so one hearing date.
        self.dates: dict[str, tuple[DateMention, ...]] = {}
        # The roles of the places of each sentence but the first (app.assistant.extract).
        self.roles: dict[str, tuple[str | None, ...]] = {}
        # Counts and ages of each line (app.assistant.extract._by_line).
        self.counts: dict[str, tuple] = {}
        self.ages: dict[str, tuple] = {}


def scan_answer(
    ex: Extractor, text: str, bounds: Bounds, memo: SentenceScans | None = None
) -> tuple[list[Token], list[PlaceMatch], list[TermMatch]]:
    """Tokens, place matches (shared names not yet decided: Gazetteer.resolve) and term matches
    of ``text`` (sentences ``bounds``), in order."""
    memo = memo if memo is not None else SentenceScans()
    local: dict[str, Scan] = {}
    placed: dict[Placement, Scan] = {}
    tokens: list[Token] = []
    places: list[PlaceMatch] = []
    terms: list[TermMatch] = []
    for index, (start, end) in enumerate(bounds):
        pause_point()
        sentence = text[start:end]
        where = (sentence, start, index, len(tokens))
        scan = memo._placed.get(where) or placed.get(where)
        if scan is None:
            own = memo._local.get(sentence) or local.get(sentence)
            if own is None:
                own = _scan(ex, sentence)
                memo.scanned += 1
            local[sentence] = own
            scan = _shifted(own, start, index, len(tokens))
        placed[where] = scan
        tokens += scan.tokens
        places += scan.places
        terms += scan.terms
    memo._local, memo._placed = local, placed
    return tokens, places, terms


def _scan(ex: Extractor, sentence: str) -> Scan:
    """One sentence on its own: offsets from its start, sentence 0, tokens from 0."""
    tokens = tokenize(sentence, [(0, len(sentence))])
    return Scan(tuple(tokens), tuple(ex.gazetteer.scan(tokens)), tuple(ex.vocabulary.find(tokens)))


def _shifted(scan: Scan, offset: int, sentence: int, first_token: int) -> Scan:
    if not (offset or sentence or first_token):
        return scan
    return Scan(
        tuple(
            Token(t.text, t.key, t.start + offset, t.end + offset, sentence) for t in scan.tokens
        ),
        tuple(
            PlaceMatch(
                m.place_id,
                m.start + offset,
                m.end + offset,
                m.surface,
                m.how,
                sentence,
                m.alternatives,
            )
            for m in scan.places
        ),
        tuple(
            TermMatch(
                m.kind,
                m.term_id,
                m.start + offset,
                m.end + offset,
                m.surface,
                sentence,
                m.first + first_token,
                m.last + first_token,
            )
            for m in scan.terms
        ),
    )
