"""Is a topic word denied? "Ich nehme keine Medikamente", "Ich wurde nie verhaftet",
"Gefoltert wurde ich nicht" - the word is there, the event is not.

The scope is the clause: a negation never reaches across a comma, a semicolon or a conjunction
("Ich wurde zwar nicht verhaftet, aber bedroht": only the arrest is denied). Within the clause:

- a negation *before* the topic word denies it when it is close (at most four words:
  "nicht zur Polizei gegangen", "noch nie im Gefängnis", "do not take any medication") - a
  "kein" only when no other noun stands between ("keinen Kontakt zu meiner Familie" denies the
  contact, not the family);
- a negation *after* the topic word denies it only at the end of the clause, where German puts
  it after a fronted participle or object ("Gefoltert wurde ich nicht", "Einen Asylantrag habe
  ich dort nicht gestellt") - and not when the topic word sits in a prepositional phrase
  ("Seit der Folter kann ich nicht schlafen": the sleep is denied, not the torture).

"nicht nur ..., sondern auch" and "not only" are no negation. A wrongly denied torture would hide
a vulnerability cue, so the rules lean to "said" when unsure.
"""

from __future__ import annotations

import re

from app.assistant.textscan import Token

NEGATORS = frozenset(
    [
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "keinerlei",
        "nie",
        "niemals",
        "nicht",
        "nichts",
        "weder",
        "no",
        "not",
        "never",
        "none",
        "nor",
        "neither",
        "without",
        "ohne",
        "dont",
        "didnt",
        "doesnt",
        "wasnt",
        "werent",
        "havent",
        "hasnt",
    ]
)
_NOT_A_NEGATION_AFTER = frozenset({"nur", "only", "mehr"})  # nicht nur / not only
_CONJUNCTIONS = frozenset(
    [
        "aber",
        "sondern",
        "und",
        "oder",
        "doch",
        "jedoch",
        "weil",
        "dass",
        "denn",
        "obwohl",
        "sodass",
        "bevor",
        "nachdem",
        "but",
        "and",
        "or",
        "because",
        "although",
        "though",
        "before",
        "after",
        "so",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "seit",
        "wegen",
        "nach",
        "vor",
        "durch",
        "von",
        "bei",
        "mit",
        "aufgrund",
        "infolge",
        "since",
        "after",
        "because",
        "from",
        "with",
        "during",
    ]
)
_DETERMINERS = frozenset(["kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei"])
_ARTICLES = frozenset(
    ["der", "die", "das", "den", "dem", "des", "the", "a", "an", "einer", "einem", "einen", "eine"]
)
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
NEAR = 4  # words between a negation and the topic word it denies
TRAILING = 1  # words a clause may have after a trailing negation ("nicht gestellt")


def clauses(text: str, tokens: list[Token]) -> list[int]:
    """Clause number of every token (a new clause at punctuation, sentence ends and
    conjunctions)."""
    numbers, clause = [], 0
    for i, token in enumerate(tokens):
        if i:
            previous = tokens[i - 1]
            gap = text[previous.end : token.start]
            if (
                token.sentence != previous.sentence
                or _CLAUSE_PUNCTUATION.search(gap)
                or token.key in _CONJUNCTIONS
            ):
                clause += 1
        numbers.append(clause)
    return numbers


def _is_negator(tokens: list[Token], i: int) -> bool:
    key = tokens[i].key.replace(" ", "")
    if key not in NEGATORS:
        return False
    following = tokens[i + 1].key if i + 1 < len(tokens) else ""
    if key in ("nicht", "not") and following in _NOT_A_NEGATION_AFTER:
        return following == "mehr"  # "nicht mehr" still denies: "nicht mehr krank"
    return True


def is_denied(text: str, tokens: list[Token], clause_of: list[int], first: int, last: int) -> bool:
    """Whether the topic word(s) tokens[first..last] are denied in their clause."""
    clause = clause_of[first]
    # Before: a close negation in the same clause. "kein" denies only its own noun: in "keinen
    # Kontakt mehr zu meiner Familie" the contact is denied, not the family.
    for i in range(first - 1, max(-1, first - 1 - NEAR - 1), -1):
        if clause_of[i] != clause:
            break
        if _is_negator(tokens, i):
            return not (tokens[i].key in _DETERMINERS and _noun_between(tokens, i, first))
    # Inside: a phrase held apart by the verb bracket ("zur Polizei bin ich nicht gegangen").
    if any(_is_negator(tokens, i) for i in range(first + 1, last)):
        return True
    # After: a negation at the end of the clause, the topic word not in a prepositional phrase.
    end = last + 1
    while end < len(tokens) and clause_of[end] == clause:
        end += 1
    for i in range(last + 1, end):
        if _is_negator(tokens, i) and end - i - 1 <= TRAILING:
            return not _in_prepositional_phrase(tokens, clause_of, first)
    return False


def _in_prepositional_phrase(tokens: list[Token], clause_of: list[int], first: int) -> bool:
    i = first - 1
    while i >= 0 and clause_of[i] == clause_of[first] and tokens[i].key in _ARTICLES:
        i -= 1
    return i >= 0 and clause_of[i] == clause_of[first] and tokens[i].key in _PREPOSITIONS


def _noun_between(tokens: list[Token], negator: int, topic: int) -> bool:
    """A capitalised word (a German noun) between a "kein" and the topic word: the "kein"
    belongs to that noun."""
    return any(t.text[:1].isupper() for t in tokens[negator + 1 : topic])
