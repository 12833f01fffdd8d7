"""Typing into a sentence judges the words before and after the typed word through the
sentence cache; what is underlined is exactly what reading every word would underline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.assistant.spelling import SENTENCE_END, WORD, SpellChecker

KNOWN = {"Ich", "bin", "dann", "nach", "gegangen", "im", "August", "und", "die", "Polizei"}


class Dictionary:
    def check(self, word: str) -> bool:
        return word in KNOWN


def every_word(checker: SpellChecker, text: str, at: int):
    """Reading every word of the cursor's sentence, as before the cache."""
    found, typed, start = [], None, 0
    for end in [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]:
        if end > start:
            in_it = start <= at <= end and typed is None
            for m in WORD.finditer(text[start:end]):
                a, b = start + m.start(), start + m.end()
                if in_it and typed is None and m.start() <= at - start <= m.end():
                    typed = (a, b)
                elif not checker.is_correct(m.group()):
                    found.append((a, b))
            if in_it and typed is None:
                in_it = False
        start = end
    return found, typed


words = st.sampled_from([*KNOWN, "Tuerkei", "Moschee", "xyz", "gegangn", "2014", "geht's"])
gaps = st.sampled_from([" ", ", ", ". ", "! ", "\n", " "])


@given(st.lists(st.tuples(words, gaps), min_size=1, max_size=30), st.data())
def test_typing_underlines_what_reading_every_word_does(pieces, data):
    text = "".join(w + g for w, g in pieces)
    at = data.draw(st.integers(0, len(text)))
    checker = SpellChecker(Dictionary())
    found, typed = checker.misspelt_typing(text, at)
    expected, expected_typed = every_word(SpellChecker(Dictionary()), text, at)
    assert sorted(found) == sorted(expected)
    if expected_typed is not None:
        assert typed == expected_typed


def test_a_key_in_a_word_costs_no_new_reading_of_what_stands_before_it():
    checker = SpellChecker(Dictionary())
    text = "Ich bin dann nach Tuerkei gegangen und die Polizei kam"
    checker.misspelt_typing(text, len(text))
    read = len(checker._sentences)
    checker.misspelt_typing(text + "e", len(text) + 1)  # the last word grows
    assert len(checker._sentences) == read  # the part before it came from the cache


letters = st.text(alphabet="abcdeäöüßxyz", min_size=1, max_size=6)


@given(st.lists(st.tuples(words, gaps), min_size=1, max_size=20), st.data())
def test_letter_after_letter_underlines_what_a_fresh_reading_does(pieces, data):
    """Typed letter by letter (the per-key shortcut that carries the marks forward), then
    anywhere else in the paragraph: always what a checker reading it anew finds."""
    text = "".join(w + g for w, g in pieces)
    checker = SpellChecker(Dictionary())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        for letter in data.draw(letters):
            text = text[:at] + letter + text[at:]
            at += 1
            found, typed = checker.misspelt_typing(text, at)
            fresh, fresh_typed = SpellChecker(Dictionary()).misspelt_typing(text, at)
            assert sorted(found) == sorted(fresh)
            assert typed == fresh_typed


def test_a_letter_at_the_end_of_the_typed_word_reads_nothing_again():
    checker = SpellChecker(Dictionary())
    text = "Ich bin dann nach Tuerkei gegangen. Und die Polizei kam"
    checker.misspelt_typing(text, len(text))
    checker._sentences.clear()
    found, typed = checker.misspelt_typing(text + "e", len(text) + 1)
    assert not checker._sentences  # nothing was read: the marks were carried forward
    assert found == [(18, 25)] and typed == (len(text) - 3, len(text) + 1)
