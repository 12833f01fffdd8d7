"""One place for 'now' and for local time, so that records, screen and export agree.

Instants are always aware and stored in UTC. What a person reads — on screen and in the
exported Niederschrift — is the office's local time: one zone for the whole process, set from
the deployment file (``time_zone``, default Europe/Berlin), never the laptop's own zone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Europe/Berlin"
_office_zone = DEFAULT_ZONE


def utcnow() -> datetime:
    return datetime.now(UTC)


def parse_instant(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def set_office_zone(name: str) -> None:
    """The office's zone (IANA name) for everything shown or exported from now on."""
    global _office_zone
    _office_zone = name or DEFAULT_ZONE


def office_zone() -> str:
    return _office_zone


def office_time(moment: datetime) -> datetime:
    """``moment`` in the office's local time. Naive values are taken as UTC, as stored."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    zone = _zone(_office_zone)
    if zone is not None:
        return moment.astimezone(zone)
    utc = moment.astimezone(UTC)
    return utc.astimezone(timezone(_central_european_offset(utc)))


def zone_exists(name: str) -> bool:
    return _zone(name) is not None


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo | None:
    # Windows has no system zone database; the tzdata package brings one. Should neither be
    # there, a transcript must still show and export: Berlin falls back to the EU rule below.
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _last_sunday(year: int, month: int) -> datetime:
    day = datetime(year, month + 1, 1, 1, tzinfo=UTC) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _central_european_offset(moment: datetime) -> timedelta:
    """CET/CEST by the EU rule in force since 1996: summer time from 01:00 UTC on the last
    Sunday of March to 01:00 UTC on the last Sunday of October."""
    start, end = _last_sunday(moment.year, 3), _last_sunday(moment.year, 10)
    return timedelta(hours=2) if start <= moment < end else timedelta(hours=1)
