"""What a service process opens at start: the database engine and the service's signing key.
Both come from the settings; neither carries state between requests."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.central.db import make_engine, session_factory
from app.central.settings import ServiceSettings
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
