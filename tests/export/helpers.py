"""Small helpers for reading exported documents back."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from docx.oxml.ns import qn

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(moment: datetime, fmt: str) -> str:
    return moment.astimezone(BERLIN).strftime(fmt)


def index_after(texts: list[str], wanted: str, start: int = 0) -> int:
    """Index of the first paragraph at or after ``start`` whose text is ``wanted``."""
    for i in range(start, len(texts)):
        if texts[i] == wanted:
            return i
    raise AssertionError(f"{wanted!r} not found after paragraph {start}")


def index_of_prefix(texts: list[str], prefix: str, start: int = 0) -> int:
    for i in range(start, len(texts)):
        if texts[i].startswith(prefix):
            return i
    raise AssertionError(f"no paragraph starting with {prefix!r} after paragraph {start}")


def has_bidi(paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.find(qn("w:bidi")) is not None


def run_is_rtl(run) -> bool:
    rpr = run._r.rPr
    return rpr is not None and rpr.find(qn("w:rtl")) is not None
