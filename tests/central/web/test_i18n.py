"""Every text of the pages has its German translation, and the catalogue is compiled."""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from app.central.web.i18n import CATALOGUES, translations

WEB = Path(__file__).resolve().parents[3] / "app" / "central" / "web"
METHODS = [("**.py", "python"), ("**/templates/**.html", "jinja2")]
OPTIONS = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}}


def _texts_of_the_pages() -> set[str]:
    return {
        message
        for _file, _line, message, _comments, _context in extract_from_dir(
            WEB, METHODS, options_map=OPTIONS
        )
        if isinstance(message, str)
    }


def test_every_text_of_the_pages_has_a_german_translation():
    catalogue = read_po(
        io.BytesIO((CATALOGUES / "de" / "LC_MESSAGES" / "messages.po").read_bytes())
    )
    german = {m.id: m.string for m in catalogue if m.id and not m.fuzzy}
    texts = _texts_of_the_pages()
    assert len(texts) > 40
    missing = sorted(t for t in texts if not german.get(t))
    assert missing == [], "add these to the German .po (make web-messages)"


def test_the_compiled_catalogue_translates():
    assert translations("de").gettext("Sign in") == "Anmelden"
    assert translations("en").gettext("Sign in") == "Sign in"
