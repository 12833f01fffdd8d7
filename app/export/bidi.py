"""Which text runs right to left.

Answers in Arabic, Farsi, Pashto, Sorani, Hebrew, Syriac or Thaana must be laid out right to
left in the DOCX: Word does not guess the paragraph direction from the text, so a paragraph left
at LTR shows an Arabic sentence with its punctuation and embedded numbers in the wrong places.
"""

from __future__ import annotations

import re
import unicodedata

# Blocks of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic,
# Arabic supplements and presentation forms, and the historic RTL scripts of the SMP). Only used
# as a fast pre-check: most paragraphs are German or English, and a regex scan in C is far
# cheaper than looking up every character's bidi class in Python.
_RTL_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)

_RTL_CLASSES = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    """True if the text contains any character of a right-to-left script."""
    return _RTL_BLOCKS.search(text) is not None


def is_rtl(text: str) -> bool:
    """True if the text is mainly right to left: more strong RTL than strong LTR characters.

    Digits, punctuation and spaces are neutral and do not count, so an Arabic answer with a
    date or a Latin place name in it still reads right to left.
    """
    if not has_rtl(text):
        return False
    rtl = ltr = 0
    for char in text:
        cls = unicodedata.bidirectional(char)
        if cls in _RTL_CLASSES:
            rtl += 1
        elif cls == "L":
            ltr += 1
    return rtl > ltr
