"""All queries of the central service. Routes, commands and (later) the supervisor pages call
these functions; none of them builds SQL itself."""

from __future__ import annotations

from datetime import UTC, datetime


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes even for timezone-aware columns; we store UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
