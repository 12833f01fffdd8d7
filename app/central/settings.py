"""Deployment settings of the central service.

Everything a service process needs comes from here (database URL, service key file), never
from state kept in the process: several processes behind a load balancer must agree.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.central.limits import ENV_PREFIX, ServerLimits
from app.sync.protocol import OLDEST_CLIENT, PROTOCOL_VERSION, ProtocolVersion


def default_home() -> Path:
    override = os.environ.get(ENV_PREFIX + "HOME")
    if override:
        return Path(override)
    try:
        import platformdirs

        return Path(platformdirs.user_data_dir("asa-central", appauthor=False))
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return Path.home() / ".asa-central"


class ServiceSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    database_url: str
    service_key_path: Path
    # Accepted difference between a device's clock and ours for signed requests; nonces are
    # remembered for twice as long so that no replay can slip through at the edge.
    clock_skew_seconds: int = 300
    limits: ServerLimits = ServerLimits()
    # Threads doing database work per process. A process runs Python on one core at a time;
    # four keep it busy while some wait for the database. More only queue for the GIL and
    # contend for the same rows: the load bench's p50 latency fell by a third and its
    # throughput rose from 10 to 4 threads (40, anyio's default, to 10 had cut PostgreSQL's
    # CPU per upload from 5.1 to 1.8 ms; docs/benchmarks.md, issue 11.6). With round trips of
    # half a millisecond and more to the database, eight did a little better (sixth pass
    # there); one, best with the database on the same host, then idles through every trip.
    database_threads: int = Field(4, ge=1, le=200)
    # Raised (never below the code's OLDEST_CLIENT) to stop serving laptops that must update.
    oldest_client_protocol: str = str(OLDEST_CLIENT)
    # Supervisor pages (app/central/web). Cookies are Secure unless switched off for plain
    # http in tests and development (ASA_CENTRAL_WEB_INSECURE_COOKIES=1): never in production.
    web_secure_cookies: bool = True
    web_idle_minutes: int = Field(30, ge=1, le=24 * 60)

    @field_validator("oldest_client_protocol")
    @classmethod
    def _served_version(cls, value: str) -> str:
        version = ProtocolVersion.parse(value)
        if version is None or not OLDEST_CLIENT <= version <= PROTOCOL_VERSION:
            raise ValueError(
                f"must be a protocol version from {OLDEST_CLIENT} to {PROTOCOL_VERSION}"
            )
        return str(version)

    @property
    def oldest_client(self) -> ProtocolVersion:
        return ProtocolVersion.parse(self.oldest_client_protocol)

    @classmethod
    def from_values(
        cls,
        database_url: str | None = None,
        service_key: str | Path | None = None,
        home: Path | None = None,
        **extra,
    ) -> ServiceSettings:
        """Settings from arguments, then ASA_CENTRAL_* environment variables, then defaults
        (a SQLite file and a service key in the user's data folder: no set-up needed)."""
        base = home or default_home()
        url = (
            database_url
            or os.environ.get(ENV_PREFIX + "DATABASE_URL")
            or f"sqlite:///{base / 'central.sqlite3'}"
        )
        key = service_key or os.environ.get(ENV_PREFIX + "SERVICE_KEY") or base / "service-key.pem"
        extra.setdefault("limits", ServerLimits.from_env())
        threads = os.environ.get(ENV_PREFIX + "DATABASE_THREADS")
        if threads and extra.get("database_threads") is None:
            extra["database_threads"] = threads
        oldest = os.environ.get(ENV_PREFIX + "OLDEST_CLIENT_PROTOCOL")
        if oldest and extra.get("oldest_client_protocol") is None:
            extra["oldest_client_protocol"] = oldest
        if os.environ.get(ENV_PREFIX + "WEB_INSECURE_COOKIES") == "1":
            extra.setdefault("web_secure_cookies", False)
        idle = os.environ.get(ENV_PREFIX + "WEB_IDLE_MINUTES")
        if idle and extra.get("web_idle_minutes") is None:
            extra["web_idle_minutes"] = idle
        extra = {k: v for k, v in extra.items() if v is not None}
        return cls(database_url=url, service_key_path=Path(key), **extra)
