"""Dates and periods in German and English answers, each with its character span.

Recognised: 15.08.2014, 15/08/2014, 2014-08-15, 15. August 2014, August 15, 2014, August 2014,
Sommer 2014 / summer 2014, Anfang/Mitte/Ende 2014 / early/mid/late 2014, a bare year,
"von 2014 bis 2016" / "from 2014 to 2016", and relative expressions against the hearing date:
"vor zwei Jahren", "two years ago", "letztes Jahr", "last year".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.assistant.periods import Period, month_period, months_span, shift, year_period

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "january": 1,
    "jan": 1,
    "februar": 2,
    "february": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "march": 3,
    "mar": 3,
    "mär": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "december": 12,
    "dez": 12,
    "dec": 12,
}
# Seasons as (first month, number of months); winter runs into the next year.
SEASONS = {
    "frühling": (3, 3),
    "frühjahr": (3, 3),
    "spring": (3, 3),
    "sommer": (6, 3),
    "summer": (6, 3),
    "herbst": (9, 3),
    "autumn": (9, 3),
    "fall": (9, 3),
    "winter": (12, 3),
}
PARTS = {
    "anfang": (1, 4),
    "early": (1, 4),
    "beginning of": (1, 4),
    "mitte": (5, 4),
    "mid": (5, 4),
    "ende": (9, 4),
    "late": (9, 4),
    "end of": (9, 4),
}
NUMBER_WORDS = {
    "kein": 0,
    "keine": 0,
    "keinen": 0,
    "no": 0,
    "none": 0,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "a": 1,
    "an": 1,
    "one": 1,
    "zwei": 2,
    "two": 2,
    "drei": 3,
    "three": 3,
    "vier": 4,
    "four": 4,
    "fünf": 5,
    "five": 5,
    "sechs": 6,
    "six": 6,
    "sieben": 7,
    "seven": 7,
    "acht": 8,
    "eight": 8,
    "neun": 9,
    "nine": 9,
    "zehn": 10,
    "ten": 10,
    "elf": 11,
    "eleven": 11,
    "zwölf": 12,
    "twelve": 12,
}
UNITS = {
    "jahr": "y",
    "jahren": "y",
    "jahre": "y",
    "year": "y",
    "years": "y",
    "monat": "m",
    "monaten": "m",
    "monate": "m",
    "month": "m",
    "months": "m",
    "woche": "w",
    "wochen": "w",
    "week": "w",
    "weeks": "w",
    "tag": "d",
    "tagen": "d",
    "tage": "d",
    "day": "d",
    "days": "d",
}

_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_S = "|".join(SEASONS)
_P = "|".join(sorted(PARTS, key=len, reverse=True))
_N = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_U = "|".join(sorted(UNITS, key=len, reverse=True))
_Y = r"(?P<y>(?:19|20)\d\d)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("numeric", re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)?\d\d)\b")),
    (
        "day_month",
        re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s+(?:of\s+)?(?P<mn>{_M})\.?,?\s+{_Y}\b", re.I),
    ),
    (
        "month_day",
        re.compile(rf"\b(?P<mn>{_M})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}\b", re.I),
    ),
    ("month", re.compile(rf"\b(?P<mn>{_M})\.?\s+(?:of\s+)?{_Y}\b", re.I)),
    ("season", re.compile(rf"\b(?P<s>{_S})\s+(?:of\s+)?{_Y}\b", re.I)),
    ("part", re.compile(rf"\b(?P<p>{_P})[\s-]+(?:of\s+)?{_Y}\b", re.I)),
    ("relative", re.compile(rf"\bvor\s+(?P<n>\d+|{_N})\s+(?P<u>{_U})\b", re.I)),
    ("relative", re.compile(rf"\b(?P<n>\d+|{_N})\s+(?P<u>{_U})\s+ago\b", re.I)),
    (
        "last",
        re.compile(
            r"\b(?:letztes|letzten|vergangenes|vergangenen|last)\s+(?P<u>jahr|year)\b", re.I
        ),
    ),
    ("year", re.compile(rf"\b{_Y}\b")),
]
_RANGE = re.compile(r"^\s*(?:bis(?:\s+(?:zum|ins?))?|to|until|till|und|and|-|–)\s*$", re.I)
_RANGE_START = re.compile(r"(?:von|vom|from|zwischen|between|seit)\s*$", re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    period: Period | None
    precision: str  # day | month | season | part | year | relative | range


def find_dates(text: str, hearing_date: date) -> list[DateMention]:
    taken: list[DateMention] = []
    for precision, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < t.end and t.start < m.end() for t in taken):
                continue
            period = _period(precision, m, hearing_date)
            # An impossible date (31.02.2014) still occupies its span: its year is no date either.
            taken.append(DateMention(m.start(), m.end(), m.group(), period, precision))
    found = sorted((d for d in taken if d.period is not None), key=lambda d: d.start)
    return _join_ranges(text, found)


def _period(precision: str, m: re.Match[str], today: date) -> Period | None:
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else None
    if year is not None and year < 100:
        year += 2000 if year <= today.year % 100 else 1900
    try:
        if precision in ("iso", "numeric", "day_month", "month_day"):
            month = int(g["m"]) if g.get("m") else MONTHS[g["mn"].lower()]
            day = date(year, month, int(g["d"]))
            return Period(day, day)
        if precision == "month":
            return month_period(year, MONTHS[g["mn"].lower()])
        if precision == "season":
            first, months = SEASONS[g["s"].lower()]
            return months_span(year, first, months)
        if precision == "part":
            first, months = PARTS[" ".join(g["p"].lower().split())]
            return months_span(year, first, months)
        if precision == "year":
            return year_period(year)
        if precision == "relative":
            return _relative(g["n"], UNITS[g["u"].lower()], today)
        if precision == "last":
            return year_period(today.year - 1)
    except (ValueError, KeyError):
        return None  # 31.02.2014 and the like: not a date
    return None


def _relative(amount: str, unit: str, today: date) -> Period:
    n = int(amount) if amount.isdigit() else NUMBER_WORDS.get(amount.lower(), 1)
    # "Two years ago" is said loosely: allow half a unit either side of the exact day.
    if unit == "y":
        centre = shift(today, years=n)
        return Period(shift(centre, months=6), shift(centre, months=-6))
    if unit == "m":
        centre = shift(today, months=n)
        return Period(shift(centre, days=15), shift(centre, days=-15))
    days = n * 7 if unit == "w" else n
    centre = shift(today, days=days)
    slack = 3 if unit == "w" else 1
    return Period(shift(centre, days=slack), shift(centre, days=-slack))


def _join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'von 2014 bis 2016' is one period, not two."""
    result: list[DateMention] = []
    i = 0
    while i < len(mentions):
        current = mentions[i]
        if i + 1 < len(mentions):
            following = mentions[i + 1]
            between = text[current.end : following.start]
            before = text[max(0, current.start - 10) : current.start]
            is_range = _RANGE.match(between) and (
                between.strip() in "-–" or _RANGE_START.search(before)
            )
            if is_range and current.period.first <= following.period.last:
                period = Period(current.period.first, following.period.last)
                span = text[current.start : following.end]
                result.append(DateMention(current.start, following.end, span, period, "range"))
                i += 2
                continue
        result.append(current)
        i += 1
    return result
