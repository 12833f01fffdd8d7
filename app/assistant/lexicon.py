"""Is a word an ordinary word of German or English? Asked before a word is fuzzy-matched to a
place name, so that Heirat is not read as Herat, Kabel as Kabul or Malte as Malta.

The answer comes from wordfreq's frequency lists (shipped inside the package, no network): a
word used at least about once per three million words (Zipf 2.5) in German or English running
text is a word, not a misspelt name. Names the packs list are matched exactly before this is
asked, so "Aleppo" (itself frequent) still is Aleppo; only the guess "one letter away from a
name" is refused. A stop-list could not do this: every German noun is capitalised.

wordfreq loads its lists on first use (about 0.5 s and 30-40 MB for both languages), off the
desktop's start-up path: the assistant itself is loaded only after the profile is unlocked.
"""

from __future__ import annotations

from functools import lru_cache

COMMON_ZIPF = 2.5
LANGUAGES = ("de", "en")


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    lowered = word.lower()
    return any(zipf_frequency(lowered, lang) >= COMMON_ZIPF for lang in LANGUAGES)
