"""German spell checking of the transcript, without Qt: which words of a text are misspelt,
and what to offer instead. Nothing is ever corrected here; the editor only underlines.

Enchant (``pyenchant``) with its hunspell provider and the German hunspell dictionary
(Debian ``hunspell-de-de``; in the Windows bundle the dictionary ships beside the app, see
docs/deployment.md). Names are no spelling mistakes: the applicant's and family's names from
the case file and every name of the packs' gazetteers (Hawler, Ankawa, Mossul …) and actors
(Peschmerga, Asayish …) are known words. Where Enchant or the dictionary is missing,
:func:`open_checker` says why and the hearing goes on without spell checking.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

LANGUAGE = "de_DE"
# Words: letters (any script), joined by a hyphen or apostrophe ("Erbil-Stadt", "geht's").
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?…]+\s+|\n")
LETTER = re.compile(r"[^\W\d_]")
SENTENCE_CACHE = 20_000
MIN_LENGTH = 2
SUGGESTIONS = 6


class SpellChecker:
    """One dictionary plus the names of this hearing; results cached per word."""

    def __init__(self, dictionary, names: Iterable[str] = ()):
        self._dictionary = dictionary
        self._known: set[str] = set()
        self._cache: dict[str, bool] = {}
        self._sentences: dict[str, tuple[tuple[int, int], ...]] = {}
        self._typing: tuple[str, int, list[tuple[int, int]], tuple[int, int] | None] | None = None
        self.add_names(names)

    def add_names(self, names: Iterable[str]) -> bool:
        """Names never marked (every word of each). True if any was new."""
        before = len(self._known)
        for name in names:
            for m in WORD.finditer(name or ""):
                self._known.add(m.group().casefold())
        if len(self._known) != before:
            self._cache = {word: ok for word, ok in self._cache.items() if ok}
            self._sentences.clear()
            self._typing = None
            return True
        return False

    def is_correct(self, word: str) -> bool:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._cache[word] = self._judge(word)
        return cached

    def _judge(self, word: str) -> bool:
        if len(word) < MIN_LENGTH or not _latin(word):
            return True  # Arabic-script quotes, single letters: not German to check
        if word.isupper() or any(c.isupper() for c in word[1:]):
            return True  # IS, PKK, AsylG: abbreviations and codes
        if word.casefold() in self._known:
            return True
        if self._dictionary.check(word):
            return True
        # A word at a sentence start is capitalised: "Vermutlich" is checked as written and
        # as the dictionary may hold it ("vermutlich").
        return word[0].isupper() and self._dictionary.check(word[0].lower() + word[1:])

    def misspelt(self, text: str, typing_at: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of each misspelt word of ``text``.

        A long paragraph is read sentence by sentence, each sentence's result cached by its
        text: a key typed into a 5,000-word narrative re-reads one sentence, not all.
        ``typing_at``: the cursor; the word it touches is being typed and is not judged yet
        (it is checked once the cursor leaves it - and a half-typed word costs no lookup)."""
        if typing_at is None:
            return self._read(text, None)[0]
        return self.misspelt_typing(text, typing_at)[0]

    def misspelt_typing(
        self, text: str, at: int
    ) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
        """:meth:`misspelt` with the cursor at ``at``, and the span of the word being typed
        there (as :meth:`word_at`): found in the same pass, one scan per key."""
        grown = self._word_grown(text, at)
        if grown is not None:
            return grown
        found, word = self._read(text, at)
        word = word if word is not None else self.word_at(text, at)
        self._typing = (text, at, found, word)
        return found, word

    def _word_grown(
        self, text: str, at: int
    ) -> tuple[list[tuple[int, int]], tuple[int, int]] | None:
        """The usual key: one more letter at the end of the word being typed, the rest of the
        paragraph as it was. The other words' marks stand (those after it one further on), so
        the paragraph is not read again: in a 5,000-word narrative that reading was the
        largest part of a key."""
        if self._typing is None:
            return None
        before, before_at, found, word = self._typing
        if (
            word is None
            or word[1] != before_at
            or at != before_at + 1
            or len(text) != len(before) + 1
            or not LETTER.match(text, before_at)
            or not text.startswith(before[:before_at])
            or not text.endswith(before[before_at:])
        ):
            return None
        found = [(a, b) if a < before_at else (a + 1, b + 1) for a, b in found]
        word = (word[0], at)
        self._typing = (text, at, found, word)
        return found, word

    def _read(
        self, text: str, typing_at: int | None
    ) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
        found: list[tuple[int, int]] = []
        word = None
        start = 0
        for end in [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]:
            if end > start:
                sentence = text[start:end]
                if typing_at is not None and start <= typing_at <= end:
                    spans, typed = self._sentence_typed(sentence, typing_at - start)
                    if typed is not None and word is None:
                        word = (start + typed[0], start + typed[1])
                else:
                    spans = self._sentence(sentence)
                found += [(start + a, start + b) for a, b in spans]
            start = end
        return found, word

    def _sentence_typed(
        self, sentence: str, at: int
    ) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
        """The misspelt words of the sentence typed in, but the word at ``at``, and that word.
        The text before and after the typed word is judged through the sentence cache: while a
        word is typed, what stands before it does not change, so a key costs one lookup."""
        typed = self.word_at(sentence, at)
        if typed is None:
            return list(self._sentence(sentence)), None
        start, end = typed
        after = [(end + a, end + b) for a, b in self._sentence(sentence[end:])]
        return [*self._sentence(sentence[:start]), *after], typed

    def word_at(self, text: str, at: int) -> tuple[int, int] | None:
        """The span of the word ``at`` touches, if any."""
        for m in WORD.finditer(text, max(0, at - 100), at + 100):
            if m.start() <= at <= m.end():
                return m.span()
        return None

    def _sentence(self, sentence: str) -> tuple[tuple[int, int], ...]:
        spans = self._sentences.get(sentence)
        if spans is None:
            if len(self._sentences) > SENTENCE_CACHE:
                self._sentences.clear()
            is_correct = self.is_correct
            spans = tuple(m.span() for m in WORD.finditer(sentence) if not is_correct(m.group()))
            self._sentences[sentence] = spans
        return spans

    def suggestions(self, word: str) -> list[str]:
        return list(self._dictionary.suggest(word))[:SUGGESTIONS]


def _latin(word: str) -> bool:
    return all(c < "\u0250" for c in word)  # Latin letters, with German and Kurdish accents


def open_checker(names: Iterable[str] = ()) -> tuple[SpellChecker | None, str]:
    """A checker for German, or None and why there is none (English, for the log)."""
    _use_bundled_dictionaries()
    try:
        import enchant
    except ImportError as exc:  # the Enchant C library is not installed
        return None, f"Enchant not available ({type(exc).__name__})"
    try:
        if not enchant.dict_exists(LANGUAGE):
            return None, f"no {LANGUAGE} dictionary installed"
        return SpellChecker(enchant.Dict(LANGUAGE), names), ""
    except Exception as exc:  # pyenchant raises its own Error types and OSError
        return None, f"{type(exc).__name__} while opening the {LANGUAGE} dictionary"


def _use_bundled_dictionaries() -> None:
    """In the bundle, hunspell dictionaries ship in ``resources/enchant/hunspell``: Enchant
    looks there when ENCHANT_CONFIG_DIR names the folder (a setting IT made wins)."""
    from app.paths import resources_dir

    folder = Path(resources_dir()) / "enchant"
    if (folder / "hunspell").is_dir() and "ENCHANT_CONFIG_DIR" not in os.environ:
        os.environ["ENCHANT_CONFIG_DIR"] = str(folder)


def names_of_case(case) -> list[str]:
    """The applicant's and family's names and the places the case file records."""
    from app.domain.case_file import CaseFile

    a = case.applicant
    file = CaseFile.from_plain(case.case_file)
    return [
        a.family_name,
        a.given_names,
        a.place_of_birth,
        file.place_of_origin,
        file.place_of_birth,
        *(m.name for m in file.family),
        *(stop.place for stop in file.route),
    ]


def names_of_packs(knowledge) -> list[str]:
    """Every name of every place of the packs' gazetteers, and the actors' words."""
    names: list[str] = []
    for place in knowledge.places.values():
        names += place.names
        if place.display:
            names += [place.display.de, place.display.en]
    for actor in knowledge.actors.values():
        names += [word.rstrip("*") for word in actor.words]
    return names
