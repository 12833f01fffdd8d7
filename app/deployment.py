"""Deployment settings that IT preseeds: where the central service is and whom to trust.

One YAML file (see ``installer/deployment.example.yaml``), validated with pydantic through
``app.datafiles`` so that every mistake is reported as ``file:line: message``. It is looked up
at an explicit path, then ``$ASA_DEPLOYMENT``, then the site-wide config folder (IT's
installer puts it there), then the user's config folder. No file at all is a valid state: no
central service is configured and the desktop works offline only (the UI says so).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from app.datafiles import DataFileError, Located, Problem, load_yaml, validate
from app.domain.clock import DEFAULT_ZONE, zone_exists

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from app.sync.client import DeviceCredentials, SyncClient

from app.preseed import ENV_VAR, FILE_NAME

_HEX_KEY_LENGTH = 64  # raw Ed25519 public key, hex


def _check_key(value: str) -> str:
    text = value.strip().lower()
    if len(text) != _HEX_KEY_LENGTH or any(c not in "0123456789abcdef" for c in text):
        raise ValueError("an Ed25519 public key is 64 hex digits (asa central keygen prints it)")
    return text


class CentralSettings(BaseModel):
    """How the desktop reaches the central service. Production is https with a pinned CA;
    plain http only to this machine (loopback) and only in a deployment marked as a demo."""

    model_config = ConfigDict(extra="forbid")

    # Declared before ``url`` so that the URL's check can see them.
    demo: bool = Field(
        default=False, description="a demonstration on this machine: allows http:// to loopback"
    )
    ca_bundle: str | None = Field(
        default=None, description="PEM file of the CA to trust (pinned); relative to this file"
    )
    url: str = Field(description="base URL of the central service, https:// in production")
    service_public_key: str = Field(description="hex public key that signs receipts")

    @field_validator("url")
    @classmethod
    def _url(cls, value: str, info: ValidationInfo) -> str:
        from app.sync.client import transport_problem

        problem = transport_problem(
            value, has_ca=bool(info.data.get("ca_bundle")), demo=bool(info.data.get("demo"))
        )
        if problem:
            raise ValueError(problem)
        return value.rstrip("/")

    @field_validator("service_public_key")
    @classmethod
    def _key(cls, value: str) -> str:
        return _check_key(value)


class ExportSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    folder: str | None = Field(
        default=None, description="where exports go by default; ~ is the user's home folder"
    )
    pdf_password_required: bool = Field(
        default=False, description="refuse PDF export unless it can be password-protected"
    )


class DeploymentFile(BaseModel):
    """The file's format. Every field is optional except what a central service needs."""

    model_config = ConfigDict(extra="forbid")

    central: CentralSettings | None = None
    publisher_keys: list[str] = Field(default_factory=list)
    retention_days: int | None = Field(default=None, ge=0, le=3650)
    auto_lock_minutes: int | None = Field(default=None, ge=1, le=240)
    language: Literal["de", "en"] | None = None
    time_zone: str = DEFAULT_ZONE  # the office's: times on screen and in the Niederschrift
    export: ExportSettings | None = None
    recovery_public_key: str | None = Field(
        default=None, description="X25519 public key (hex) profiles are also wrapped for"
    )

    @field_validator("recovery_public_key")
    @classmethod
    def _recovery_key(cls, value: str | None) -> str | None:
        if value is None:
            return None
        text = value.strip().lower()
        if len(text) != _HEX_KEY_LENGTH or any(c not in "0123456789abcdef" for c in text):
            raise ValueError(
                "the recovery public key is 64 hex digits (asa admin recovery-keygen prints it)"
            )
        return text

    @field_validator("time_zone")
    @classmethod
    def _time_zone(cls, value: str) -> str:
        if not zone_exists(value):
            raise ValueError(f"unknown time zone '{value}' (an IANA name, e.g. Europe/Berlin)")
        return value

    @field_validator("publisher_keys")
    @classmethod
    def _publisher_keys(cls, values: list[str]) -> list[str]:
        return [_check_key(v) for v in values]


@dataclass(frozen=True)
class Deployment:
    """The validated settings, with paths resolved and keys ready to use."""

    source: Path | None
    central_url: str | None = None
    service_public_key: str | None = None
    ca_bundle: Path | None = None
    publisher_keys: tuple[str, ...] = ()
    retention_days: int | None = None
    auto_lock_minutes: int | None = None
    language: str | None = None
    time_zone: str = DEFAULT_ZONE
    export_folder: Path | None = None
    pdf_password_required: bool = False
    recovery_public_key: str | None = None

    @property
    def sync_configured(self) -> bool:
        return bool(self.central_url and self.service_public_key)

    @property
    def retention(self) -> timedelta | None:
        return None if self.retention_days is None else timedelta(days=self.retention_days)

    def service_key(self) -> Ed25519PublicKey:
        from app.sync.keys import public_key_from_hex

        if not self.service_public_key:
            raise ValueError("no central service is configured")
        return public_key_from_hex(self.service_public_key)

    def publisher_key_list(self) -> list[Ed25519PublicKey]:
        from app.sync.keys import public_key_from_hex

        return [public_key_from_hex(k) for k in self.publisher_keys]

    def make_client(self, device: DeviceCredentials | None = None, **kwargs) -> SyncClient:
        """A client that trusts only what this file names (CA and service key)."""
        from app.sync.client import SyncClient

        if not self.sync_configured:
            raise ValueError("no central service is configured")
        return SyncClient(
            self.central_url, self.service_key(), ca_bundle=self.ca_bundle, device=device, **kwargs
        )

    def settings_defaults(self) -> dict[str, object]:
        """Preseeded defaults for ``app.ui.settings.Settings(defaults=...)``."""
        defaults: dict[str, object] = {}
        if self.language:
            defaults["ui/language"] = self.language
        if self.auto_lock_minutes:
            defaults["security/auto_lock_minutes"] = self.auto_lock_minutes
        return defaults


NOT_CONFIGURED = Deployment(source=None)


def candidate_paths(explicit: str | Path | None = None) -> list[Path]:
    """Where the file is looked for, in order (the first that exists wins)."""
    if explicit:
        return [Path(explicit)]
    if os.environ.get(ENV_VAR):
        return [Path(os.environ[ENV_VAR])]
    import platformdirs

    return [
        platformdirs.site_config_path("ASA", appauthor=False) / FILE_NAME,
        platformdirs.user_config_path("ASA", appauthor=False) / FILE_NAME,
    ]


def load_deployment(explicit: str | Path | None = None) -> Deployment:
    """The deployment settings; ``NOT_CONFIGURED`` when no file exists where one is looked for.

    An explicit path (or ``$ASA_DEPLOYMENT``) that does not exist is an error, not "offline":
    IT named a file, so its absence is a mistake to report. Raises DataFileError.
    """
    paths = candidate_paths(explicit)
    named = bool(explicit) or bool(os.environ.get(ENV_VAR))
    for path in paths:
        if path.is_file() or named:
            return _load(path)
    return NOT_CONFIGURED


def _load(path: Path) -> Deployment:
    located = load_yaml(path)
    data = validate(located, DeploymentFile)
    central = data.central
    ca_bundle = None
    if central and central.ca_bundle:
        ca_bundle = (path.parent / central.ca_bundle).resolve()
        if not ca_bundle.is_file():
            _fail(located, ("central", "ca_bundle"), f"CA bundle not found: {ca_bundle}")
    return Deployment(
        source=path,
        central_url=central.url if central else None,
        service_public_key=central.service_public_key if central else None,
        ca_bundle=ca_bundle,
        publisher_keys=tuple(data.publisher_keys),
        retention_days=data.retention_days,
        auto_lock_minutes=data.auto_lock_minutes,
        language=data.language,
        time_zone=data.time_zone,
        export_folder=_export_folder(data.export),
        pdf_password_required=bool(data.export and data.export.pdf_password_required),
        recovery_public_key=data.recovery_public_key,
    )


def _export_folder(export: ExportSettings | None) -> Path | None:
    if export is None or not export.folder:
        return None
    folder = Path(os.path.expandvars(export.folder)).expanduser()
    return folder if folder.is_absolute() else Path.home() / folder


def _fail(located: Located, key_path: tuple, message: str) -> None:
    raise DataFileError([Problem(located.path, located.line_of(key_path), message)])
