"""All queries of the central service. Routes, commands and (later) the supervisor pages call
these functions; none of them builds SQL itself."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_ignoring_conflict(session: Session, table: Table, values: dict[str, Any]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING; True when the row was inserted. The database decides
    who wins a race between processes, so no process has to know about the others."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    key = next(iter(table.primary_key.columns))
    # RETURNING rather than rowcount: drivers do not all report a row count for upserts.
    statement = module.insert(table).values(**values).on_conflict_do_nothing().returning(key)
    return session.execute(statement).first() is not None


def insert_many_ignoring_conflict(
    session: Session, table: Table, rows: list[dict[str, Any]]
) -> None:
    """One multi-row INSERT ... ON CONFLICT DO NOTHING (one round trip for all rows)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    session.execute(module.insert(table).values(rows).on_conflict_do_nothing())


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes even for timezone-aware columns; we store UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
