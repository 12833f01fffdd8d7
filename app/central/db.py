"""Database engines and sessions for SQLite (embedded default) and PostgreSQL (production)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        _serialise_sqlite_writers(engine)
        return engine
    # No ping before each checkout: it cost a round trip per request (docs/benchmarks.md).
    # After a database restart, the first request on each old pooled connection fails with
    # 503 database_unavailable (nothing stored; clients retry), and SQLAlchemy then replaces
    # the pool's connections.
    return create_engine(url, pool_size=10, max_overflow=20, pool_recycle=1800)


def _serialise_sqlite_writers(engine: Engine) -> None:
    """SQLite has no SELECT ... FOR UPDATE; BEGIN IMMEDIATE takes the write lock up front, so
    two requests can never interleave an upload (the same guarantee PostgreSQL gives with row
    locks). WAL lets readers carry on meanwhile."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
