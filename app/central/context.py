"""What a service process opens at start: the database engine and the service's signing key.
Both come from the settings; neither carries state between requests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.central.db import make_engine, session_factory
from app.central.repository.uploads import SessionUploads
from app.central.settings import ServiceSettings
from app.central.uploads import UploadDatabase
from app.sync.keys import key_id, load_private_key


@dataclass
class ServiceContext:
    engine: Engine
    sessions: sessionmaker[Session]
    service_key: Ed25519PrivateKey
    service_key_id: str

    @classmethod
    def open(cls, settings: ServiceSettings) -> ServiceContext:
        key = load_private_key(settings.service_key_path)
        engine = make_engine(settings.database_url)
        return cls(engine, session_factory(engine), key, key_id(key))

    @contextmanager
    def uploads(self) -> Iterator[UploadDatabase]:
        """The database an upload runs on, in one transaction committed here when nothing
        raised: on PostgreSQL the pipelined statements on a pooled driver connection,
        elsewhere a session. Whatever raises leaves nothing stored."""
        if self.engine.dialect.name != "postgresql":
            with self.sessions.begin() as session:
                yield SessionUploads(session)
            return
        import psycopg

        from app.central.repository.upload_pipeline import PipelinedUploads

        pooled = self.engine.raw_connection()
        try:
            uploads = PipelinedUploads(pooled.driver_connection)
            yield uploads
            uploads.commit()
        except psycopg.OperationalError as exc:
            # Told as every other database failure (503, nothing stored), and the connection
            # is not handed out again: as SQLAlchemy does with its own statements.
            pooled.invalidate(exc)
            raise OperationalError("upload", None, exc) from exc
        finally:
            pooled.close()  # back to the pool, which rolls back whatever was not committed
