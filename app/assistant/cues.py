"""Small German/English word patterns that give a mention its role: home, birth, departure,
family counts and the applicant's stated age."""

from __future__ import annotations

import re

from app.assistant.dates import NUMBER_WORDS

# A place right after these words is where the applicant comes from.
ORIGIN_CUE = re.compile(
    r"(?:komme|kam|stamme|bin)\s+(?:ursprünglich\s+|eigentlich\s+)?aus(?:\s+de[rmn])?\s*$|"
    r"heimat(?:stadt|ort|dorf|region)?\s*(?:ist|war|:)?\s*$|herkunftsort\s*(?:ist|war|:)?\s*$|"
    r"(?:i\s+am|i'm|i\s+come|i\s+came|originally)\s+(?:originally\s+)?from(?:\s+the)?\s*$|"
    r"(?:my\s+)?home\s*town\s*(?:is|was|:)?\s*$|place\s+of\s+origin\s*(?:is|was|:)?\s*$",
    re.I,
)
BIRTH_PLACE_CUE = re.compile(
    r"(?:geboren|born)\s+(?:\w+\s+)?(?:in|im)(?:\s+der|\s+the)?\s*$|geburtsort\s*(?:ist|war|:)?\s*$"
    r"|place\s+of\s+birth\s*(?:is|was|:)?\s*$",
    re.I,
)
BIRTH_DATE_CUE = re.compile(r"geboren|geburtsdatum|born|date\s+of\s+birth|birthday", re.I)
DEPARTURE_CUE = re.compile(
    r"ausgereist|ausreise|verlassen|verließ|verliess|geflohen|geflüchtet|flucht\b|"
    r"\bleft\b|\bfled\b|departed|departure",
    re.I,
)
HOMELAND_WORD = re.compile(r"\b(?:land|heimat|heimatland|country|home\s*country|home)\b", re.I)

RELATIONS = {
    "kinder": "children",
    "kind": "children",
    "children": "children",
    "child": "children",
    "kids": "children",
    "söhne": "sons",
    "sohn": "sons",
    "sons": "sons",
    "son": "sons",
    "töchter": "daughters",
    "tochter": "daughters",
    "daughters": "daughters",
    "daughter": "daughters",
    "geschwister": "siblings",
    "siblings": "siblings",
    "brüder": "brothers",
    "bruder": "brothers",
    "brothers": "brothers",
    "brother": "brothers",
    "schwestern": "sisters",
    "schwester": "sisters",
    "sisters": "sisters",
    "sister": "sisters",
}
# "ein Kind"/"a child" is left out on purpose: "als ich ein Kind war" is not a count.
_COUNT_WORDS = {
    w: n
    for w, n in NUMBER_WORDS.items()
    if w not in ("ein", "eine", "einen", "einem", "einer", "a", "an")
}
_NUM = "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
_REL = "|".join(sorted(RELATIONS, key=len, reverse=True))
COUNT = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{_NUM})\s+(?:(?:kleine|kleinen|jüngere|ältere|eigene|leibliche|young|"
    rf"little|older|younger|own)\s+)?(?P<rel>{_REL})\b",
    re.I,
)
AGE = re.compile(
    rf"\b(?:ich\s+bin|bin\s+ich|i\s+am|i'm)\s+(?P<n>\d{{1,2}}|{_NUM})\s+(?:jahre?|years?)\s+(?:alt|old)\b",
    re.I,
)


def number(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]
