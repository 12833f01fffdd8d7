"""One place for 'now', so tests and records agree on time zones (always aware, UTC stored)."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def parse_instant(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
