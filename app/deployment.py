"""Deployment settings that IT preseeds: where the central service is, whom to trust, and the
office's policies (idle lock ceiling, retention, language, time zone).

One YAML file (see ``installer/deployment.example.yaml``), read by this one loader. It is
looked up at an explicit path, then ``$ASA_DEPLOYMENT``, then the site-wide config folder
(IT's installer puts it there), then the user's config folder. No file at all is a valid state:
no central service is configured and the desktop works offline only (the UI says so).

The desktop reads it once at start (``app.ui.main``), before its first window: a file with a
mistake stops the start with ``file:line: field: message`` rather than running with settings
IT did not mean. Fast path: this module imports neither pydantic nor YAML (nor dataclasses);
the format (``app.deployment_file``) is loaded only when a file exists, and a file already
read is not read again while it is unchanged.

Each default and bound that the file and the user settings share has its home here.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from app.sync.client import DeviceCredentials, SyncClient

ENV_VAR = "ASA_DEPLOYMENT"
FILE_NAME = "deployment.yaml"

LANGUAGES = ("de", "en")  # the user interface's languages
DEFAULT_LANGUAGE = "de"
AUTO_LOCK_DEFAULT_MINUTES = 10  # the idle lock when neither IT nor the interviewer chose one
AUTO_LOCK_LONGEST = 240  # minutes: the longest idle time IT may preseed or a user may choose
RETENTION_LONGEST_DAYS = 3650


class Deployment(NamedTuple):  # not a dataclass: this module is on the start-up path
    """The validated settings, with paths resolved and keys ready to use."""

    source: Path | None
    central_url: str | None = None
    service_public_key: str | None = None
    ca_bundle: Path | None = None
    publisher_keys: tuple[str, ...] = ()
    retention_days: int | None = None
    auto_lock_minutes: int | None = None
    language: str | None = None
    time_zone: str | None = None  # the office's; None: app.domain.clock's default
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
    named = bool(explicit) or bool(os.environ.get(ENV_VAR))
    for path in candidate_paths(explicit):
        if named or path.is_file():
            return _read_once(path)
    return NOT_CONFIGURED


# path -> (the file's bytes when read, its settings): the start reads the file, the windows
# opened later (sync, export) get the same settings without checking it again. Compared by
# content, not by time stamp: a file rewritten within one clock tick is still seen as new.
_read: dict[Path, tuple[bytes, Deployment]] = {}


def _read_once(path: Path) -> Deployment:
    try:
        content = path.read_bytes()
    except OSError:
        content = None  # the reader names the file and what is wrong with it
    known = _read.get(path)
    if known and content is not None and known[0] == content:
        return known[1]
    from app.deployment_file import read

    deployment = read(path)
    if content is not None:
        _read[path] = (content, deployment)
    return deployment
