"""German first, English second: gettext catalogues (Babel) under translations/.

The .po files are committed; `make setup` compiles them to .mo (git-ignored). msgids are
English; the German catalogue translates every one (tests/central/web/test_i18n.py)."""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
CATALOGUES = Path(__file__).resolve().parent / "translations"
DOMAIN = "messages"


class MissingCatalogue(RuntimeError):
    pass


@cache
def translations(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()  # the msgids are English
    try:
        return gettext.translation(DOMAIN, CATALOGUES, languages=[language])
    except FileNotFoundError:
        raise MissingCatalogue(
            f"The {language} catalogue of the supervisor pages is not compiled "
            f"({CATALOGUES}/{language}/LC_MESSAGES/{DOMAIN}.mo); run `make setup`."
        ) from None


def pick_language(cookie: str | None, accept_language: str | None) -> str:
    if cookie in LANGUAGES:
        return cookie
    return DEFAULT_LANGUAGE  # German by default, whatever the browser prefers
