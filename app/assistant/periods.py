"""Periods of time: a first and last day, as a date mention or a validity range means them."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, order=True)
class Period:
    first: date
    last: date

    def overlaps(self, other: Period) -> bool:
        return self.first <= other.last and other.first <= self.last

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def iso(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}/{self.last.isoformat()}"


EVER = Period(date(1, 1, 1), date(9999, 12, 31))


def month_period(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def months_span(year: int, first_month: int, months: int) -> Period:
    """``months`` calendar months starting with ``first_month`` of ``year`` (may run into the next)."""
    last_month_index = first_month - 1 + months - 1
    last_year, last_month = year + last_month_index // 12, last_month_index % 12 + 1
    return Period(date(year, first_month, 1), month_period(last_year, last_month).last)


def shift(day: date, years: int = 0, months: int = 0, days: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - years * 12 - months
    year, month = divmod(index, 12)
    month += 1
    clamped = min(day.day, calendar.monthrange(year, month)[1])
    return date(year, month, clamped) - timedelta(days=days)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_range(birth: Period, day: Period) -> tuple[int, int]:
    """(youngest, oldest) age of someone born within ``birth`` on some day of ``day``."""
    return age_on(birth.last, day.first), age_on(birth.first, day.last)


def age_now_range(stated: int, at: Period | None, today: date) -> tuple[int, int] | None:
    """The present age range implied by an age stated for ``at`` (None: the present); None
    when the time is unknown. "2005 war ich 15", asked in 2024: 33 to 34."""
    if at is None:
        return stated, stated
    if at == EVER:
        return None
    low = stated + age_on(at.last, today)
    high = stated + 1 + age_on(at.first, today)
    return low, high
