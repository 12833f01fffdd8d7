"""What a service process opens at start: the database engines and the service's signing key.
All come from the settings; none carries state between requests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.orm import Session, sessionmaker

from app.central.db import make_engine, session_factory
from app.central.repository.upload_pipeline import PipelinedUploads
from app.central.repository.uploads import SessionUploads
from app.central.settings import ServiceSettings
from app.sync.keys import key_id, load_private_key


@dataclass
class ServiceContext:
    engine: Engine
    sessions: sessionmaker[Session]
    service_key: Ed25519PrivateKey
    service_key_id: str
    # PostgreSQL only: the pool of psycopg AsyncConnections the uploads run on (None: uploads
    # run on a session in a worker thread).
    upload_engine: AsyncEngine | None = None

    @classmethod
    def open(cls, settings: ServiceSettings) -> ServiceContext:
        key = load_private_key(settings.service_key_path)
        engine = make_engine(settings.database_url)
        upload_engine = None
        if engine.dialect.name == "postgresql":
            # As many connections as the other requests' worker threads, and no more: more
            # uploads at once would only contend for the same rows and CPU (docs/benchmarks.md).
            upload_engine = create_async_engine(
                settings.database_url,
                pool_size=settings.database_threads,
                max_overflow=0,
                pool_recycle=1800,
            )
        return cls(engine, session_factory(engine), key, key_id(key), upload_engine)

    @contextmanager
    def session_uploads(self) -> Iterator[SessionUploads]:
        """An upload on a session, in one transaction committed here when nothing raised
        (SQLite, in a worker thread)."""
        with self.sessions.begin() as session:
            yield SessionUploads(session)

    @asynccontextmanager
    async def pipelined_uploads(self) -> AsyncIterator[PipelinedUploads]:
        """An upload on a pooled psycopg AsyncConnection (PostgreSQL), in one transaction
        committed here when nothing raised. Whatever raises leaves nothing stored: the
        connection goes back to the pool, which rolls back what was not committed (also
        when the request is cancelled: SQLAlchemy returns it shielded from cancellation)."""
        import psycopg

        assert self.upload_engine is not None, "pipelined uploads need PostgreSQL"
        async with self.upload_engine.connect() as connection:
            raw = await connection.get_raw_connection()
            uploads = PipelinedUploads(raw.driver_connection)
            try:
                yield uploads
                await uploads.commit()
            except psycopg.OperationalError as exc:
                # Told as every other database failure (503, nothing stored), and the
                # connection is not handed out again: as SQLAlchemy does with its own
                # statements.
                await connection.invalidate(exc)
                raise OperationalError("upload", None, exc) from exc

    async def close(self) -> None:
        if self.upload_engine is not None:
            await self.upload_engine.dispose()
        self.engine.dispose()
