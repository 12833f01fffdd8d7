"""Dates and periods in German and English answers, each with its character span.

Recognised: 15.08.2014, 15/08/2014, 2014-08-15, 15. August 2014, August 15, 2014, August 2014,
Sommer 2014 / summer 2014, Anfang/Mitte/Ende 2014 / early/mid/late 2014, a bare year,
"von 2014 bis 2016" / "from 2014 to 2016", and relative expressions against the hearing date:
"vor zwei Jahren", "vor anderthalb Jahren", "two years ago", "letztes Jahr", "last year".

Also: years and numbers written as words ("zweitausendvierzehn", "vor drei Jahren"; through
text2num), Arabic month names ("حزيران 2014"), solar Hijri years and months as Afghan and
Iranian applicants give them ("1393", "15. Asad 1393", "Mehr 1401"; converted with jdatetime),
and a day and month without a year ("am 3. August") when an earlier date of the same answer
gives the year. Each mention keeps its calendar, so a hint can show the applicant's words next
to the Gregorian reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from app.assistant.pacing import pause_point
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
    # Arabic: Levantine/Iraqi and Egyptian month names (Arabic-script folding of alef/yeh is
    # applied to the text before matching, see _fold).
    "كانون الثاني": 1,
    "شباط": 2,
    "اذار": 3,
    "آذار": 3,
    "أيار": 5,
    "أيلول": 9,
    "تشرين الأول": 10,
    "كانون الأول": 12,
    "أبريل": 4,
    "أغسطس": 8,
    "أكتوبر": 10,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "ايلول": 9,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الاول": 12,
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يوليو": 7,
    "اغسطس": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
}
# Solar Hijri months: Afghan (Dari) names and Iranian (Persian) names in common spellings.
SOLAR_MONTHS = {
    "hamal": 1,
    "saur": 2,
    "sawr": 2,
    "jawza": 3,
    "dschausa": 3,
    "saratan": 4,
    "asad": 5,
    "sunbula": 6,
    "sonbola": 6,
    "mizan": 7,
    "aqrab": 8,
    "akrab": 8,
    "qaus": 9,
    "qaws": 9,
    "jadi": 10,
    "dschadi": 10,
    "dalw": 11,
    "hut": 12,
    "hoot": 12,
    "farvardin": 1,
    "farwardin": 1,
    "ordibehesht": 2,
    "ordibehescht": 2,
    "khordad": 3,
    "chordad": 3,
    "tir": 4,
    "mordad": 5,
    "shahrivar": 6,
    "schahriwar": 6,
    "mehr": 7,
    "aban": 8,
    "azar": 9,
    "asar": 9,
    "dey": 10,
    "bahman": 11,
    "esfand": 12,
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
_SM = "|".join(sorted(SOLAR_MONTHS, key=len, reverse=True))
_SY = r"(?P<sy>1[34]\d\d)"
# A number word, checked by text2num: "sechzehn", "zweitausendvierzehn", "twenty".
_WORD = r"[a-zäöüß]+"
# Vague amounts in relative expressions, and the hedges that go with them.
FRACTIONS = {"anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5}
_HEDGE = (
    r"(?:(?:etwa|ungefähr|ungefaehr|ca\.?|circa|rund|knapp|über|ueber|mehr\s+als|fast|"
    r"about|around|almost|over|more\s+than|nearly)\s+)?"
)
# Not a year: "1400 Euro", "1350 Dollar" (a smuggler's price), "1300 km".
_NOT_YEAR_AFTER = (
    r"(?!\s*(?i:(?:euro|eur|dollar|usd|km|kilometer|meter|m|leute|menschen|personen|"
    r"people|afghani|toman|rial|lira|tl)\b|€|\$))"
)
# A year of the Islamic lunar calendar is marked so; we do not convert it (no silent guess).
_LUNAR_MARK = re.compile(
    r"^\s*(?:nach\s+dem\s+)?(?:islamischen\s+|mond|lunar|hidschri|hijri|qamari|ah\b)", re.I
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "solar_day",
        re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s+(?P<sm>{_SM})\s+{_SY}\b{_NOT_YEAR_AFTER}", re.I),
    ),
    ("solar_month", re.compile(rf"\b(?P<sm>{_SM})\s+{_SY}\b{_NOT_YEAR_AFTER}", re.I)),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("numeric", re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)?\d\d)\b")),
    # "08.2014" - the month form of the typed date fields (dd.mm.yyyy, mm.yyyy or yyyy)
    ("month_numeric", re.compile(r"(?<![\d.])(?P<m>0?[1-9]|1[0-2])[./](?P<y>(?:19|20)\d\d)\b")),
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
    (
        "last",
        re.compile(
            r"\b(?:letztes|letzten|vergangenes|vergangenen|last)\s+(?P<u>jahr|year)\b", re.I
        ),
    ),
    (
        "relative",
        re.compile(
            rf"\bvor\s+{_HEDGE}(?P<n>\d+|{_WORD})(?:\s+(?P<half>halben?))?\s+(?P<u>{_U})\b", re.I
        ),
    ),
    (
        "relative",
        re.compile(rf"\b{_HEDGE}(?P<n>\d+|{_WORD})\s+(?P<u>{_U})\s+ago\b", re.I),
    ),
    ("year", re.compile(rf"\b{_Y}\b")),
    ("year_words", re.compile(r"\b(?P<yw>(?:neunzehnhundert|zweitausend)[a-zäöüß]*)\b", re.I)),
    ("solar_year", re.compile(rf"(?<![\d.,/]){_SY}\b{_NOT_YEAR_AFTER}(?![.,/]\d)")),
    ("day_noyear", re.compile(rf"\b(?P<d>\d{{1,2}})\.\s*(?P<mn>{_M})\b", re.I)),
]
PATTERNS_BY_NAME = dict(PATTERNS)
_RANGE = re.compile(r"^\s*(?:bis(?:\s+(?:zum|ins?))?|to|until|till|und|and|-|–)\s*$", re.I)
_RANGE_START = re.compile(r"(?:von|vom|from|zwischen|between|seit)\s*$", re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    period: Period | None
    precision: str  # iso numeric day_month ... year relative range solar_year ...
    calendar: str = "gregorian"  # gregorian | solar_hijri


SOLAR_PRECISIONS = ("solar_day", "solar_month", "solar_year")


def find_dates(
    text: str,
    hearing_date: date,
    memo: dict[str, tuple[DateMention, ...]] | None = None,
) -> list[DateMention]:
    """Dates of ``text`` in order. A date is read within its line (no date runs across a line
    break), so a long narrative is scanned line by line: each regular expression holds the
    interpreter for one line at a time, not for the whole text, and with ``memo`` (the
    mentions of each line of the previous reading, by line text; replaced by this reading's)
    only the lines that changed are scanned again. The year a day takes from the date before
    it, and ranges, are then read across the whole text."""
    found: list[DateMention] = []
    fresh: dict[str, tuple[DateMention, ...]] = {}
    offset = 0
    for line in text.split("\n"):
        local = fresh.get(line)
        if local is None:
            local = memo.get(line) if memo is not None else None
            if local is None:
                local = _line_dates(line, hearing_date)
            fresh[line] = local
        if offset:
            found += [replace(d, start=d.start + offset, end=d.end + offset) for d in local]
        else:
            found += local
        offset += len(line) + 1
    if memo is not None:
        memo.clear()
        memo.update(fresh)
    found = [d for d in _years_from_context(text, found) if d.period is not None]
    return _join_ranges(text, found)


def _line_dates(text: str, hearing_date: date) -> tuple[DateMention, ...]:
    """Every pattern's mentions in one line, earlier patterns first; the day without a year
    still without it (see _years_from_context)."""
    taken: list[DateMention] = []
    occupied = bytearray(len(text))  # characters already part of a mention: linear, not n²
    for precision, pattern in PATTERNS:
        for m in pattern.finditer(text):
            pause_point()
            if any(occupied[m.start() : m.end()]):
                continue
            if precision == "solar_year" and _LUNAR_MARK.match(text, m.end()):
                occupied[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                continue  # a lunar Hijri year: not converted, not guessed
            period = _period(precision, m, hearing_date)
            if period is None and precision in ("year_words", "solar_year", "relative"):
                continue  # not a date after all ("vor allem Jahren"): leave the span free
            calendar = "solar_hijri" if precision in SOLAR_PRECISIONS else "gregorian"
            # An impossible date (31.02.2014) still occupies its span: its year is no date either.
            occupied[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            taken.append(DateMention(m.start(), m.end(), m.group(), period, precision, calendar))
    return tuple(sorted(taken, key=lambda d: d.start))


def _years_from_context(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "Am 3. August" takes its year from the last date before it in the same answer; with no
    such date it is left out rather than guessed."""
    result, year = [], None
    for d in mentions:
        if d.precision == "day_noyear":
            m = PATTERNS_BY_NAME["day_noyear"].match(text, d.start)
            if year is not None and m:
                try:
                    day = date(year, MONTHS[m["mn"].lower()], int(m["d"]))
                    d = DateMention(d.start, d.end, d.text, Period(day, day), "day_context")
                except ValueError:
                    d = DateMention(d.start, d.end, d.text, None, d.precision)
            else:
                d = DateMention(d.start, d.end, d.text, None, d.precision)
            result.append(d)
            continue
        if d.period is not None and d.period.first.year == d.period.last.year:
            year = d.period.first.year
        result.append(d)
    return result


def number_word(word: str) -> float | None:
    """A number written as a word (German or English), or None: "sechzehn" 16,
    "zweitausendvierzehn" 2014, "anderthalb" 1.5, "einem" 1."""
    lowered = word.lower()
    if lowered.isdigit():
        return int(lowered)
    if lowered in FRACTIONS:
        return FRACTIONS[lowered]
    if lowered in NUMBER_WORDS:
        return NUMBER_WORDS[lowered]
    from text_to_num import text2num

    for lang in ("de", "en"):
        try:
            return text2num(lowered, lang)
        except ValueError:
            continue
    return None


def solar_hijri(year: int, month: int | None = None, day: int | None = None) -> Period | None:
    """The Gregorian days of a solar Hijri year, month or day (Afghanistan and Iran)."""
    import jdatetime

    try:
        if day is not None:
            g = jdatetime.date(year, month, day).togregorian()
            return Period(g, g)
        if month is not None:
            first = jdatetime.date(year, month, 1).togregorian()
            nxt = jdatetime.date(year + (month == 12), month % 12 + 1, 1).togregorian()
            return Period(first, nxt - timedelta(days=1))
        first = jdatetime.date(year, 1, 1).togregorian()
        return Period(first, jdatetime.date(year + 1, 1, 1).togregorian() - timedelta(days=1))
    except ValueError:
        return None


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
        if precision == "month_numeric":
            return month_period(year, int(g["m"]))
        if precision == "season":
            first, months = SEASONS[g["s"].lower()]
            return months_span(year, first, months)
        if precision == "part":
            first, months = PARTS[" ".join(g["p"].lower().split())]
            return months_span(year, first, months)
        if precision == "year":
            return year_period(year)
        if precision == "year_words":
            value = number_word(g["yw"])
            return year_period(int(value)) if value and 1900 <= value <= 2099 else None
        if precision in SOLAR_PRECISIONS:
            solar_year = int(g["sy"])
            if solar_year > today.year - 621 + 1:
                return None  # a solar year after the hearing is no date
            month = SOLAR_MONTHS[g["sm"].lower()] if g.get("sm") else None
            return solar_hijri(solar_year, month, int(g["d"]) if g.get("d") else None)
        if precision == "relative":
            amount = number_word(g["n"])
            if amount is None or amount <= 0 or amount > 100:
                return None
            if g.get("half"):
                amount *= 0.5
            return _relative(amount, UNITS[g["u"].lower()], today)
        if precision == "last":
            return year_period(today.year - 1)
        if precision == "day_noyear":
            return Period(today, today)  # placeholder: the year comes from context
    except (ValueError, KeyError):
        return None  # 31.02.2014 and the like: not a date
    return None


def _relative(amount: float, unit: str, today: date) -> Period:
    # "Two years ago" is said loosely: allow half a year either side for years, half a month
    # for months. "Anderthalb Jahre" (1.5) is counted in months, with a year's slack.
    if unit == "y" and amount != int(amount):
        months = round(amount * 12)
        centre = shift(today, months=months)
        slack = 6 if months >= 12 else 0
        if slack:
            return Period(shift(centre, months=slack), shift(centre, months=-slack))
        return Period(shift(centre, days=15), shift(centre, days=-15))
    n = int(amount)
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
