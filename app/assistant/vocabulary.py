"""Finding the actors (IS, Taliban ...) and topics (arrest, torture ...) that packs name."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from app.assistant.normalize import normalize
from app.assistant.pacing import pause_point
from app.assistant.packs.models import Term
from app.assistant.textscan import Token


@dataclass(frozen=True)
class TermMatch:
    kind: str  # actor | topic
    term_id: str
    start: int
    end: int
    surface: str
    sentence: int
    first: int = 0  # index of its first and last token
    last: int = 0


class Vocabulary:
    def __init__(self, actors: list[Term], topics: list[Term]):
        self._phrases: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # Prefix words ("verhaft*") bucketed by their first two letters: a token is compared
        # with the few prefixes that can match it, not with all of them.
        self._prefixes: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self._exact_case: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # German's verb bracket puts words between a phrase and its participle: "zur Polizei
        # bin ich nicht gegangen", "Asyl habe ich dort beantragt". Phrases ending in a verb form
        # are also indexed by their head, to find the last word a few words later.
        self._bracketed: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self.max_words = 1
        for kind, terms in (("actor", actors), ("topic", topics)):
            for term in terms:
                for word in term.words:
                    self._add(kind, term.id, word)

    def _add(self, kind: str, term_id: str, word: str) -> None:
        if len(word) <= 4 and word.isupper() and word.isalpha():
            # "IS" must not match the English verb "is": such acronyms match only in capitals.
            self._exact_case[word].append((kind, term_id))
            return
        if word.endswith("*"):
            prefix = normalize(word[:-1])
            self._prefixes[prefix[:2]].append((prefix, kind, term_id))
            return
        key = normalize(word)
        self._phrases[key].append((kind, term_id))
        self.max_words = max(self.max_words, key.count(" ") + 1)
        head, _, last = key.rpartition(" ")
        if head and _VERB_FORM.fullmatch(last):
            self._bracketed[head].append((last, kind, term_id))

    def find(self, tokens: list[Token]) -> list[TermMatch]:
        found: list[TermMatch] = []
        i = 0
        while i < len(tokens):
            pause_point()
            width, hits = self._match_at(tokens, i)
            if hits:
                first, last = tokens[i], tokens[i + width - 1]
                surface = " ".join(t.text for t in tokens[i : i + width])
                found.extend(
                    TermMatch(
                        kind,
                        term_id,
                        first.start,
                        last.end,
                        surface,
                        first.sentence,
                        i,
                        i + width - 1,
                    )
                    for kind, term_id in hits
                )
                if width > 1:
                    found.extend(self._inner_actors(tokens, i, width, hits))
                i += width
            else:
                i += 1
        return found

    def _inner_actors(
        self, tokens: list[Token], i: int, width: int, hits: list[tuple[str, str]]
    ) -> list[TermMatch]:
        """Actors named by a single word inside a longer phrase: "syrischen Armee" is the
        Syrian government *and* an army; "zur Polizei gegangen" seeks protection *from the
        police*. Only actors: a topic word inside a phrase is part of that phrase's topic."""
        inner = []
        for j in range(i, i + width):
            for kind, term_id in self._phrases.get(tokens[j].key, ()):
                if kind == "actor" and (kind, term_id) not in hits:
                    t = tokens[j]
                    inner.append(TermMatch(kind, term_id, t.start, t.end, t.text, t.sentence, j, j))
        return inner

    def _bracketed_at(
        self, tokens: list[Token], i: int
    ) -> tuple[int, list[tuple[str, str]]] | None:
        """A phrase whose verb form comes a few words later in the same sentence."""
        for width in range(min(self.max_words - 1, len(tokens) - i), 0, -1):
            head = " ".join(t.key for t in tokens[i : i + width])
            candidates = self._bracketed.get(head)
            if not candidates:
                continue
            sentence = tokens[i].sentence
            end = min(len(tokens), i + width + BRACKET_GAP + 1)
            for j in range(i + width + 1, end):
                if tokens[j].sentence != sentence:
                    break
                hits = [(k, tid) for last, k, tid in candidates if tokens[j].key == last]
                if hits:
                    return j - i + 1, hits
        return None

    def _match_at(self, tokens: list[Token], i: int) -> tuple[int, list[tuple[str, str]]]:
        for width in range(min(self.max_words, len(tokens) - i), 0, -1):
            key = " ".join(t.key for t in tokens[i : i + width])
            if key in self._phrases:
                return width, self._phrases[key]
        bracketed = self._bracketed_at(tokens, i)
        if bracketed:
            return bracketed
        token = tokens[i]
        if token.text in self._exact_case:
            return 1, self._exact_case[token.text]
        bucket = (*self._prefixes.get(token.key[:2], ()), *self._prefixes.get(token.key[:1], ()))
        hits = [(kind, tid) for prefix, kind, tid in bucket if token.key.startswith(prefix)]
        return (1, _unique(hits)) if hits else (1, [])


BRACKET_GAP = 4  # words a verb bracket may put between a phrase's head and its verb form
# A German participle: gegangen, gesucht, gewandt, beantragt, erstattet, verweigert.
_VERB_FORM = re.compile(r"(?:ge|be|ver|er|ent|zer)\w+(?:t|en)")


def _unique(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return list(dict.fromkeys(items))
