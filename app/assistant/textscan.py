"""Tokens of typed text with their character spans, and the sentences they belong to."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from app.assistant.normalize import normalize
from app.assistant.pacing import pause_point

# Word characters plus the combining marks of Latin (accents) and Arabic (harakat), tatweel and
# transliteration apostrophes, so that "أَرْبِيل", "Hewlêr" and "Ba'qubah" stay one token.
_TOKEN = re.compile(r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed'ʿʾ’]+")
_SENTENCE_END = re.compile(r"(?<![0-9])[.!?؟;\n]+(?=\s|$)|\n")


@dataclass(frozen=True)
class Token:
    text: str
    key: str  # normalised
    start: int
    end: int
    sentence: int


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        pause_point()
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, 0)]


def sentence_of(bounds: list[tuple[int, int]], position: int) -> int:
    """The sentence holding ``position``: a binary search over the sentence starts, so that
    placing every token of a long answer stays linear-logarithmic rather than quadratic."""
    index = bisect_right(bounds, (position, float("inf"))) - 1
    return min(max(index, 0), len(bounds) - 1)


def tokenize(text: str, bounds: list[tuple[int, int]] | None = None) -> list[Token]:
    """Tokens in order; sentences are counted while scanning (one pass over the text)."""
    bounds = bounds if bounds is not None else sentence_bounds(text)
    tokens, sentence = [], 0
    for m in _TOKEN.finditer(text):
        pause_point()
        while sentence + 1 < len(bounds) and m.start() >= bounds[sentence][1]:
            sentence += 1
        key = normalize(m.group())
        if key:
            tokens.append(Token(m.group(), key, m.start(), m.end(), sentence))
    return tokens
