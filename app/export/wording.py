"""The words of the Niederschrift, from Jinja2 templates in resources/templates/niederschrift/.

One template per language holds every text piece as a named block, so the wording can be
changed (or a language added) without touching code. Blocks are rendered one by one with only
the variables they need; the static ones once per export, not once per paragraph.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

import jinja2

from app.domain.clock import office_time
from app.paths import templates_dir

TEMPLATE_FOLDER = "niederschrift"
HTML_TEMPLATE = f"{TEMPLATE_FOLDER}/document.html.j2"


@lru_cache(maxsize=1)
def text_environment() -> jinja2.Environment:
    """Plain-text wording: no escaping (python-docx writes text, not markup). StrictUndefined
    so a misspelt variable in an edited template fails loudly instead of printing nothing."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=1)
def html_environment() -> jinja2.Environment:
    """HTML for the PDF: everything escaped, since testimony may contain '<' or '&'."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def available_languages() -> list[str]:
    folder = templates_dir() / TEMPLATE_FOLDER
    return sorted(p.stem for p in folder.glob("*.j2") if not p.name.endswith(".html.j2"))


class Wording:
    """The text blocks of one language, rendered with a shared base context."""

    def __init__(self, language: str, **base: Any) -> None:
        try:
            self._template = text_environment().get_template(f"{TEMPLATE_FOLDER}/{language}.j2")
        except jinja2.TemplateNotFound:
            known = ", ".join(available_languages())
            raise ValueError(
                f"No Niederschrift wording for language {language!r} (available: {known})."
            ) from None
        self.language = language
        self._base = {"language": language, **base}
        self._cache: dict[str, str] = {}
        self.date_format = self.static("date_format")
        self.time_format = self.static("time_format")

    def text(self, name: str, /, **values: Any) -> str:
        """Render one block with the given variables (plus the base context)."""
        try:
            block = self._template.blocks[name]
        except KeyError:
            raise ValueError(
                f"The wording template {self._template.name} has no block {name!r}."
            ) from None
        context = self._template.new_context({**self._base, **values})
        return "".join(block(context)).strip()

    def static(self, name: str) -> str:
        """A block that uses only the base context: rendered once, then reused."""
        cached = self._cache.get(name)
        if cached is None:
            cached = self._cache[name] = self.text(name)
        return cached

    def lines(self, name: str, /, **values: Any) -> list[str]:
        """A multi-line block as its non-empty lines (one paragraph each)."""
        return [line.strip() for line in self.text(name, **values).splitlines() if line.strip()]

    def date(self, moment: datetime) -> str:
        return office_time(moment).strftime(self.date_format)

    def time(self, moment: datetime) -> str:
        return office_time(moment).strftime(self.time_format)
