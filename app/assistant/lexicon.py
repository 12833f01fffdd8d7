"""Is a word an ordinary word of German or English? Asked before a word is fuzzy-matched to a
place name, so that Heirat is not read as Herat, Kabel as Kabul or Malte as Malta.

The answer comes from wordfreq's frequency lists (shipped inside the package, no network): a
word used at least once per million words (Zipf 3) in German or English running text is a word,
not a misspelt name. wordfreq's "small" lists hold exactly those words; they load in about
0.2 s and take about 20 MB (the "large" lists, down to Zipf 1, would cost 0.6 s and 110 MB and
only add rarer words, which are less likely to be typed anyway). Names the packs list are matched exactly before this is
asked, so "Aleppo" (itself frequent) still is Aleppo; only the guess "one letter away from a
name" is refused. A stop-list could not do this: every German noun is capitalised.

wordfreq loads its lists on first use, off the desktop's start-up path: the assistant itself
is loaded only after the profile is unlocked (bench/bench_understanding.py measures the cost).
"""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)

COMMON_ZIPF = 3.0
WORDLIST = "small"
LANGUAGES = ("de", "en")


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """True for an ordinary word - and for every word when the lists cannot be read (a broken
    install): then no word is guessed to be a misspelt name, which loses recall, never
    precision."""
    lowered = word.lower()
    try:
        from wordfreq import zipf_frequency

        return any(
            zipf_frequency(lowered, lang, wordlist=WORDLIST) >= COMMON_ZIPF for lang in LANGUAGES
        )
    except (ImportError, OSError, LookupError) as exc:
        _warn_once(exc)
        return True


_warned: list[str] = []


def _warn_once(exc: Exception) -> None:
    if not _warned:
        _warned.append(type(exc).__name__)
        log.warning(
            "word lists unavailable (%s): spelling slips of place names are not matched",
            type(exc).__name__,
        )
