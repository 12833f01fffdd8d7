"""Text normalisation shared by the gazetteer, the vocabulary matcher and the extractor.

The same function runs over the names in a pack and over what the interviewer types, so a name
matches whatever way it was written: any case, with or without diacritics (Hewlêr), in Arabic or
Kurdish (Sorani) script with or without hamza, harakat or tatweel, with or without the Arabic
article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic-script letters that writers (and keyboards) use interchangeably; folded to one form.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ى": "ي",
        "ی": "ي",  # Persian/Kurdish yeh
        "ێ": "ي",  # Kurdish yeh with small v
        "ې": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ۆ": "و",
        "ۇ": "و",
        "ة": "ه",
        "ە": "ه",  # Kurdish ae, written where Arabic has teh marbuta/heh
        "ھ": "ه",
        "ک": "ك",
        "ڵ": "ل",
        "ڕ": "ر",
        "گ": "ك",
        "ڤ": "ف",
        "پ": "ب",
        "چ": "ج",
        "ژ": "ز",
        # Pashto letters, folded to the Arabic/Persian letter a writer without a Pashto
        # keyboard uses: ننګرهار = ننگرهار.
        "ګ": "ك",
        "ړ": "ر",
        "ښ": "ش",
        "ټ": "ت",
        "ډ": "د",
        "ڼ": "ن",
        "ۍ": "ي",
        "\u200c": None,  # zero-width non-joiner inside Persian names (جلال‌آباد)
        "ـ": None,  # tatweel: stretches letters, carries no meaning
        "ء": None,  # lone hamza
    }
)
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
# Apostrophe-like marks used in transliteration (ʿayn, ʾhamza) are dropped: Ba'qubah = Baqubah.
_MARKS = re.compile("[\u02bb\u02bc\u02be\u02bf\u2018\u2019'`´]")
_NON_WORD = re.compile(r"[^\w]+")
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|ath)\s+")
_ARABIC_ARTICLE = "ال"

# Transliteration variants folded to one spelling. Only safe pairs: they never make two real
# place names collide in our packs, but let "Mossul"/"Mosul", "Qamishli"/"Kamishli" meet.
_TRANSLIT = (
    ("dsch", "j"),  # German spellings of Arabic/Persian sounds: Dschalalabad = Jalalabad
    ("tsch", "ch"),
    ("sch", "sh"),
    ("ou", "u"),
    ("ee", "i"),
    ("oo", "u"),
    ("q", "k"),
    ("ph", "f"),
    ("w", "v"),
)
_DOUBLED = re.compile(r"(\w)\1+")
# German typed on a keyboard without umlauts: "fuerchte", "Gefaengnis", "Oesterreich". Folded
# on both sides (pack words and typed text) to the letter the umlaut loses its dots to, as
# the diacritics are: "fürchte" and "fuerchte" both read "furchte".
_UMLAUT_SPELLED_OUT = re.compile(r"([aou])e")
# The Persian ezafe and the Arabic article inside compound names are written -e-, -i-, -ul-,
# -el-, -al-: Masar-i-Scharif = Masar-e Scharif = Mazar-e-Sharif.
_CONNECTOR = re.compile(r" (?:e|i|ul|ol|el|al|ud|ad|ed) ")


def is_arabic_script(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))


def fold_arabic(text: str) -> str:
    return _HARAKAT.sub("", text).translate(_ARABIC_FOLD)


def normalize(text: str) -> str:
    """Casefolded, diacritic-free, Arabic-folded text with single spaces between words; German
    umlauts written out ("ue") read as the umlaut does."""
    text = _MARKS.sub("", text)
    text = fold_arabic(text)
    decomposed = unicodedata.normalize("NFKD", text)
    # Drop combining marks of Latin letters only; Arabic letters were folded above already.
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = unicodedata.normalize("NFC", stripped).casefold()
    stripped = stripped.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    if "e" in stripped:
        stripped = _UMLAUT_SPELLED_OUT.sub(r"\1", stripped)
    return " ".join(_NON_WORD.sub(" ", stripped).split())


@lru_cache(maxsize=65536)
def translit_key(normalized: str) -> str:
    """A looser key on top of :func:`normalize` for transliteration variants of one name."""
    key = _CONNECTOR.sub(" e ", normalized)
    for old, new in _TRANSLIT:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)


def name_variants(name: str) -> set[str]:
    """Index keys for one name: normalised, with and without the Arabic article."""
    base = normalize(name)
    variants = {base}
    without = _LATIN_ARTICLE.sub("", base)
    variants.add(without)
    if base.startswith(_ARABIC_ARTICLE) and len(base) > 4:
        variants.add(base[2:])
    return {v for v in variants if v}


# Arabic clitics glued to a following word: wa- "and", bi- "in", li- "to", fa-, ka-, and the
# article. Tried only when the whole word is not a known name.
_ARABIC_PREFIXES = ("وبال", "بال", "وال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف", "ك")


def arabic_prefix_strips(token: str) -> list[str]:
    return [
        token[len(p) :]
        for p in _ARABIC_PREFIXES
        if token.startswith(p) and len(token) - len(p) >= 3
    ]
