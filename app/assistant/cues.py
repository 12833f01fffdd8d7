"""Small German/English (and a few Arabic) word patterns that give a mention its role: home,
birth, departure, date of birth, family counts and the applicant's stated age.

German puts the verb last or first ("in Masar-i-Scharif geboren", "Aus Aleppo komme ich",
"Ich bin am 15.08.2014 ausgereist"), so a cue is looked for on both sides of a place, within
its sentence. Interviewers record in indirect speech ("er komme aus", "sie sei ... geboren"),
so those forms count as the applicant's own. What someone else did ("Meine Frau kommt aus
Herat", "Meine Schwester ist 15 Jahre alt") is not the applicant's.
"""

from __future__ import annotations

import re

from app.assistant.dates import number_word

_AREA = (
    r"(?:(?:der|dem|den|einem|einer|the|a)\s+)?"
    r"(?:(?:Stadt|Dorf|Provinz|Gouvernement|Region|Bezirk|Distrikt|Stadtteil|Viertel|Ortschaft|"
    r"Gegend|Hauptstadt|city|town|village|province|governorate|region|district)\s+)?"
)
# A place right after these words is where the applicant comes from.
ORIGIN_BEFORE = re.compile(
    rf"(?:komme|kommen|kommt|kam|kamen|stamme|stammen|stammt|stammte|bin|sind|ist|sei|seien)"
    rf"\s+(?:[\w-]+\s+){{0,2}}?aus\s+{_AREA}$|"
    r"heimat(?:stadt|ort|dorf|region|land|provinz)?\s*(?:ist|war|sei|:)?\s*$|"
    r"herkunfts(?:ort|stadt|land|provinz|region)\s*(?:(?:laut|nach\s+angaben)\s+(?:de[sr]\s+)?"
    r"[\w-]+\s*)?(?:ist|war|sei|lautet|:|als)?\s*$|"
    rf"(?:i\s+am|i'm|i\s+come|i\s+came|comes|came|is|originally)\s+(?:originally\s+)?from\s+{_AREA}$|"
    r"(?:my\s+)?home\s*town\s*(?:is|was|:)?\s*$|place\s+of\s+origin\s*(?:is|was|:)?\s*$|"
    r"[اأ]نا\s+من\s*$|من\s+[اأ]هل\s*$",
    re.I,
)
# "Aus Aleppo komme ich" - the verb after the place.
ORIGIN_FRONTED = re.compile(r"(?:^|[\s,.;:])aus\s+$", re.I)
# "Mossul ist meine Heimatstadt."
ORIGIN_AFTER = re.compile(
    r"^\s*(?:ist|war|sei)\s+(?:meine|seine|ihre|unsere|die)\s+"
    r"(?:heimat(?:stadt|ort|dorf|region|provinz)?|herkunftsort)\b|"
    r"^\s*(?:is|was)\s+(?:my|his|her|our)\s+(?:home\s*town|home|place\s+of\s+origin)\b",
    re.I,
)
ORIGIN_VERB_AFTER = re.compile(
    r"^\s*(?:komme|kommen|stamme|stammen|kam|kamen)\s+(?:ich|wir|er|sie)\b", re.I
)
# "Ich komme aus Afghanistan, aus der Provinz Ghazni": a second "aus" continues the origin.
ORIGIN_APPOSITION = re.compile(rf",\s*(?:genauer\s+)?aus\s+{_AREA}$", re.I)
# A departure point, not a home: "Wir sind aus dem Irak geflohen".
MOTION_AFTER = re.compile(
    r"^\s*(?:[\w.]+\s+){0,3}?(?:geflohen|geflüchtet|ausgereist|gefahren|gegangen|gekommen|"
    r"weggegangen|fled|left|escaped)\b",
    re.I,
)
BIRTH_BEFORE = re.compile(
    r"(?:geboren|born)\s+(?:[\w.-]+\s+){0,3}?(?:in|im|at)(?:\s+der|\s+dem|\s+the)?\s*$|"
    r"geburtsort\s*(?:ist|war|sei|lautet|:)?\s*$|place\s+of\s+birth\s*(?:is|was|:)?\s*$|"
    r"ولدت\s+في\s*$|مواليد\s*$",
    re.I,
)
BIRTH_IN_BEFORE = re.compile(r"(?:^|\s)in\s+(?:der\s+|dem\s+)?$", re.I)
BIRTH_AFTER = re.compile(r"^\s*(?:[\w.]+\s+){0,4}?(?:geboren|born)\b", re.I)

BIRTH_DATE_CUE = re.compile(
    r"geboren|geburtsdatum|geburtstag|born|date\s+of\s+birth|birthday|ولدت", re.I
)
# Leaving the country, said outright.
DEPARTURE_STRONG = re.compile(
    r"ausgereist|ausreise|ausreiste|ausgereiste|reiste\s+(?:ich|er|sie|wir)\s+(?:\S+\s+){0,4}?aus\b|"
    r"left\s+(?:my|our|the|his|her)\s+(?:home\s+)?country|departure|departed",
    re.I,
)
# Leaving or fleeing something: a departure only if the sentence names the homeland or a
# country of origin (not "das Haus verlassen", not "aus Griechenland weiter").
DEPARTURE_WEAK = re.compile(
    r"verlassen|verließ|verliess|geflohen|geflüchtet|flohen|floh\b|flucht\b|\bleft\b|\bfled\b",
    re.I,
)
# A date that starts a period ("gewohnt, seit 2016 bis zu meiner Ausreise"): whatever the
# sentence says of a departure, it ends that period and is not dated by it.
PERIOD_START = re.compile(r"\b(?:seit|since)\s+(?:(?:dem|der|den|the)\s+)?$", re.I)
HOMELAND_WORD = re.compile(
    r"\b(?:heimatland|heimat|mein\s+land|unser\s+land|das\s+land|my\s+country|our\s+country|"
    r"home\s*country|the\s+country)\b",
    re.I,
)
# Somebody else is the subject: "Meine Frau kommt aus", "Mein Bruder ist 20".
OTHER_PERSON = re.compile(
    r"\b(?:mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unseres|sein|seine|"
    r"seinen|seines|ihr|ihre|ihren|ihres|my|our|his|her|their|die|der|the)\s+(?:[\w-]+\s+)?"
    r"(?:kinder|kind|sohn|sohnes|söhne|tochter|töchter|bruder|bruders|brüder|schwester|"
    r"schwestern|vater|vaters|mutter|frau|mann|mannes|ehefrau|ehemann|onkel|onkels|tante|"
    r"cousin|cousine|eltern|familie|verwandten|nachbar|freund|freundin|children|child|son|"
    r"sons|daughter|daughters|brother|brothers|sister|sisters|father|mother|wife|husband|"
    r"parents|uncle|aunt|cousin|family|relatives|neighbour|friend)\b",
    re.I,
)
SELF = re.compile(r"\b(?:ich|wir|mich|mir|i|we|me)\b", re.I)

# --- the question an answer replies to ---------------------------------------------------------
QUESTION_ROLES = (
    (
        "birthplace",
        re.compile(
            r"wo\s+(?:sind|wurden)\s+sie\s+geboren|geburtsort|where\s+were\s+you\s+born|place\s+of\s+birth",
            re.I,
        ),
    ),
    (
        "dob",
        re.compile(
            r"wann\s+(?:sind|wurden)\s+sie\s+geboren|geburtsdatum|when\s+were\s+you\s+born|date\s+of\s+birth",
            re.I,
        ),
    ),
    (
        "origin",
        re.compile(
            r"woher\s+(?:kommen|stammen)|herkunftsort|where\s+(?:are|do)\s+you\s+(?:come\s+)?from",
            re.I,
        ),
    ),
    ("age", re.compile(r"wie\s+alt\s+sind\s+sie|how\s+old\s+are\s+you", re.I)),
    (
        "departure",
        re.compile(
            r"(?:wann|when).*(?:ausgereist|ausreise|verlassen|left|leave|flucht|geflohen|fled)",
            re.I,
        ),
    ),
)


def question_role(question: str) -> str | None:
    """What a short answer to this question is: "origin", "birthplace", "dob", "age",
    "departure" - or None."""
    for role, pattern in QUESTION_ROLES:
        if pattern.search(question or ""):
            return role
    return None


def someone_else(before: str) -> bool:
    """The words before a mention (in its clause) make another person the subject."""
    other = _last(OTHER_PERSON.finditer(before))
    if other is None:
        return False
    return not SELF.search(before[other.end() :]) and not SELF.search(before[: other.start()])


def place_role(before: str, after: str, sentence_has_origin: bool) -> str | None:
    """origin | birthplace | None for a place with these words before and after it (both
    within its sentence)."""
    if someone_else(_clause_tail(before)):
        return None
    if BIRTH_BEFORE.search(before) or (BIRTH_IN_BEFORE.search(before) and BIRTH_AFTER.match(after)):
        return "birthplace"
    if ORIGIN_BEFORE.search(before) and not MOTION_AFTER.match(after):
        return "origin"
    if ORIGIN_FRONTED.search(before) and ORIGIN_VERB_AFTER.match(after):
        return "origin"
    if ORIGIN_AFTER.match(after) and not before.strip(" ,;:-"):
        return "origin"
    if sentence_has_origin and ORIGIN_APPOSITION.search(before):
        return "origin"
    return None


_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:aber|sondern|und|weil|dass|denn|but|and|because)\b", re.I)


def _clause_tail(before: str) -> str:
    """The part of ``before`` in the same clause as what follows it."""
    last = _last(_CLAUSE_BREAK.finditer(before))
    return before[last.end() :] if last else before


def _last(matches):
    last = None
    for last in matches:  # noqa: B007 - the last match is wanted
        pass
    return last


def clause_tail(before: str) -> str:
    return _clause_tail(before)


def clause_around(sentence: str, position: int) -> str:
    """The clause of ``sentence`` that holds ``position``."""
    head = _clause_tail(sentence[:position])
    rest = _CLAUSE_BREAK.search(sentence, position)
    return head + sentence[position : rest.start() if rest else len(sentence)]


# --- family counts -----------------------------------------------------------------------------
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
# The German plural after "mit", "von", "bei" ... ("mit meinen drei Kindern"): the plural plus
# -n, where it does not end in -n already (kinship nouns have no other case endings that count).
RELATIONS |= {
    word + "n": RELATIONS[word] for word in ("kinder", "söhne", "töchter", "geschwister", "brüder")
}
_ONE = {"ein", "eine", "einen", "a", "an", "one"}
_REL = "|".join(sorted(RELATIONS, key=len, reverse=True))
# An adjective between the number and the noun, in any of its endings ("zwei jüngere
# Brüder", "mit meinen zwei jüngeren Brüdern").
_ADJ = r"(?:(?:klein|jünger|älter|eigen|leiblich)(?:e|en|er)?|young|little|older|younger|own)"
COUNT = re.compile(
    rf"(?:\b(?P<pre>[\w]+)\s+)?\b(?P<n>\d{{1,2}}|[a-zäöüß]+)\s+(?:{_ADJ}\s+)?"
    rf"(?P<rel>{_REL})\b",
    re.I,
)
# "ein Kind" is a count only after "habe/hatte/und ...": "als ich ein Kind war" is none.
_ONE_AFTER = {
    "habe",
    "hatte",
    "haben",
    "hat",
    "und",
    "nur",
    "noch",
    "have",
    "has",
    "had",
    "and",
    "only",
}


def count_value(match: re.Match[str]) -> int | None:
    word = match["n"].lower()
    if word in _ONE:
        return 1 if (match["pre"] or "").lower() in _ONE_AFTER else None
    value = number(word)
    return value if value is not None and value < 40 else None


# --- the applicant's age -----------------------------------------------------------------------


def _n(name: str) -> str:
    return rf"(?P<{name}>\d{{1,2}}|[a-zäöüß]+)"


AGE = re.compile(
    rf"\b{_n('a')}\s+(?:jahre?|years?)\s+(?:alt|old)\b|"
    rf"\bmit\s+{_n('b')}\s+jahren\b|\bat\s+(?:the\s+)?age\s+of\s+{_n('c')}\b|"
    # "mit 14 zwangsverheiratet worden": "mit" and a number before a participle and a verb
    # (not "mit 3 anderen Leuten", where a noun follows)
    rf"\bmit\s+{_n('f')}\s+(?=[a-zäöüß]+(?:t|en)\s+(?:worden|wurde|war|bin|habe|hat|sein|"
    r"gewesen|haben|hatte)\b|[a-zäöüß]+t\s*(?:[.,;]|$)|ge[a-zäöüß]+en\s*(?:[.,;]|$)|"
    r"(?:wurde|war|bin|habe|hat|musste|kam|ging|floh|sind|hatte)\b)|"
    rf"\b(?:als\s+ich|when\s+i\s+was)\s+(?:(?:erst|schon|gerade|only)\s+)?{_n('e')}"
    r"(?:\s+(?:jahre?|years?)(?:\s+(?:alt|old))?)?(?=\s+war\b|\s*[.,;!?)]|\s*$)|"
    rf"\b(?:ich\s+bin|bin\s+ich|und\s+bin|er\s+sei|sie\s+sei|i\s+am|i'm|war\s+ich|ich\s+war|"
    rf"i\s+was)\s+"
    rf"(?:(?:jetzt|erst|schon|heute|now|only|gerade)\s+)?{_n('d')}(?:\s+jahre?)?"
    r"(?=\s*(?:[.,;!?)]|$))",
    re.I,
)
PAST = re.compile(
    r"\b(?:war|waren|gewesen|wurde|wurden|als|damals|mit|was|were|when|at\s+the\s+age)\b", re.I
)
THEN_START = re.compile(
    r"^\W*(?:da|damals|dann|zu\s+(?:dieser|dem|der)\s+(?:zeit|zeitpunkt)|then|at\s+that\s+time)\b",
    re.I,
)


def age_value(match: re.Match[str]) -> int | None:
    word = next(g for g in match.groups() if g)
    value = number(word)
    least = 5 if match["f"] else 1  # "mit 2 ..." is more often a count than an age
    return value if value is not None and least <= value < 100 else None


def number(word: str) -> int | None:
    value = number_word(word)
    return int(value) if value is not None and value == int(value) else None


# --- typed answer fields ----------------------------------------------------------------------
# The hearing screen appends a standard question's typed fields to the answer as "Label: value"
# lines. The label is the interviewer's form, not the applicant's words: its topic words count
# only for a yes/no field ("Jemals festgenommen oder inhaftiert: nein" denies an arrest), and a
# list of family members counts its relations.
# A field line follows the answer (never the first line), and its label is a short impersonal
# phrase: "Ich wurde verhaftet: zwei Wochen" or "Er sagte: ..." is the applicant speaking.
TYPED_LINE = re.compile(
    r"(?<=\n)[ \t]*(?P<label>[A-ZÄÖÜ][^:\n.!?]{1,80}?):[ \t]*(?P<value>[^\n]*?)[ \t]*$", re.M
)
_PERSONAL = re.compile(r"\b(?:ich|wir|er|sie|mich|mir|uns|i|we|he|she|my|our|me)\b", re.I)


def typed_lines(text: str) -> list[tuple[int, int, str, str]]:
    """(label start, label end, label, value) of the typed field lines of an answer."""
    return [
        (m.start("label"), m.end("label"), m["label"], m["value"])
        for m in TYPED_LINE.finditer(text)
        if len(m["label"].split()) <= 8 and not _PERSONAL.search(m["label"])
    ]


YES = frozenset({"ja", "yes", "j", "y"})
NO = frozenset({"nein", "no", "n"})
FAMILY_LIST = re.compile(r"familienangehörige|family\s+members|close\s+family", re.I)
_ITEM_RELATIONS = {
    "sohn": "sons",
    "son": "sons",
    "tochter": "daughters",
    "daughter": "daughters",
    "bruder": "brothers",
    "brother": "brothers",
    "schwester": "sisters",
    "sister": "sisters",
    "kind": "children",
    "child": "children",
}
_ITEM_RELATION = re.compile(rf"\b(?P<rel>{'|'.join(_ITEM_RELATIONS)})\b", re.I)


def family_list_counts(value: str) -> dict[str, int]:
    """Relations in a typed list of family members, one person per comma or semicolon item:
    "Ahmad (Sohn, 12), Fatima (Tochter, 9), Rahima (Ehefrau)" - 1 son, 1 daughter, 2 children.
    Items naming no relation, or several, are not counted (no guessing)."""
    counts: dict[str, int] = {}
    for item in re.split(r"[,;](?![^()]*\))", value):
        found = [m["rel"].lower() for m in _ITEM_RELATION.finditer(item)]
        if len(found) != 1:
            continue
        subject = _ITEM_RELATIONS[found[0]]
        counts[subject] = counts.get(subject, 0) + 1
        if subject in ("sons", "daughters"):
            counts["children"] = counts.get("children", 0) + 1
        if subject in ("brothers", "sisters"):
            counts["siblings"] = counts.get("siblings", 0) + 1
    return counts
