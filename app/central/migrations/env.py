"""Alembic environment of the central service; run through ``app.central.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from app.central.db import make_engine
from app.central.models import Base

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = make_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:  # commits what the migrations did
            _run(conn)
        engine.dispose()
    else:
        _run(connection)


def _run(connection) -> None:
    if connection.dialect.name == "postgresql":
        # Several service processes may start at once: one migrates, the others wait here.
        connection.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run `asa central migrate`")
run_migrations_online()
