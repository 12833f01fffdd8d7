"""The deployment file's format and its check (see ``app.deployment``, the one loader).

Imported only when a deployment file exists, and then at start-up, before the first window:
so it is plain Python over the line-keeping YAML reader of ``app.datafiles``, without
pydantic (importing pydantic and building models costs 150-300 ms here, more than the
whole unlock window; bench/bench_startup.py, "deployment file"). Each field is declared once
in FIELDS with its check; every mistake in the file is reported, each as
``file:line: field: message``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.datafiles import load_yaml
from app.datafiles.errors import DataFileError, Problem
from app.deployment import AUTO_LOCK_LONGEST, LANGUAGES, RETENTION_LONGEST_DAYS, Deployment
from app.domain.clock import DEFAULT_ZONE, zone_exists

_HEX_KEY_LENGTH = 64  # raw Ed25519 / X25519 public key, hex


class Invalid(ValueError):
    """One value that does not follow the format (the message says what it should be)."""


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Invalid("must be text")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid("must be true or false")
    return value


def _whole(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(f"must be a whole number from {low} to {high}")
        if not low <= value <= high:
            raise Invalid(f"must be from {low} to {high}, not {value}")
        return value

    return check


def _hex_key(what: str, command: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = str(value).strip().lower() if isinstance(value, str) else ""
        if len(text) != _HEX_KEY_LENGTH or any(c not in "0123456789abcdef" for c in text):
            raise Invalid(f"{what} is 64 hex digits ({command} prints it)")
        return text

    return check


_signing_key = _hex_key("an Ed25519 public key", "asa central keygen")


def _language(value: Any) -> str:
    if value not in LANGUAGES:
        raise Invalid(f"must be one of {', '.join(LANGUAGES)}, not {value!r}")
    return value


def _time_zone(value: Any) -> str:
    if not isinstance(value, str) or not zone_exists(value):
        raise Invalid(f"unknown time zone '{value}' (an IANA name, e.g. Europe/Berlin)")
    return value


# field -> (check, required). A mapping is a nested section.
CENTRAL = {
    "url": (_text, True),  # base URL: https:// in production (checked with demo and ca_bundle)
    "service_public_key": (_signing_key, True),  # signs receipts
    "ca_bundle": (_text, False),  # the only CA trusted (pinned); relative to this file
    "demo": (_flag, False),  # a demonstration on this machine: allows http:// to loopback
}
EXPORT = {
    "folder": (_text, False),  # where exports go by default; ~ is the user's home folder
    "pdf_password_required": (_flag, False),  # refuse PDF export without a password
}
FIELDS: dict[str, Any] = {
    "central": CENTRAL,
    "publisher_keys": ("keys", False),  # a list of signing keys (rule-pack publishers)
    "retention_days": (_whole(0, RETENTION_LONGEST_DAYS), False),
    "auto_lock_minutes": (_whole(1, AUTO_LOCK_LONGEST), False),
    "language": (_language, False),
    "time_zone": (_time_zone, False),  # the office's; default app.domain.clock.DEFAULT_ZONE
    "export": EXPORT,
    "recovery_public_key": (
        _hex_key("the recovery public key", "asa admin recovery-keygen"),
        False,
    ),
}


class _Check:
    def __init__(self, located) -> None:
        self.located = located
        self.problems: list[Problem] = []

    def problem(self, key_path: tuple, message: str) -> None:
        name = ".".join(str(k) for k in key_path)
        line = self.located.line_of(key_path)
        self.problems.append(Problem(self.located.path, line, f"{name}: {message}"))

    def section(self, data: Any, fields: dict, prefix: tuple = ()) -> dict[str, Any]:
        if not isinstance(data, dict):
            where = prefix or ()
            self.problem(where, "must be a mapping of settings (key: value)")
            return {}
        values: dict[str, Any] = {}
        for key, value in data.items():
            key_path = (*prefix, key)
            if key not in fields:
                self.problem(key_path, "unknown field (check the spelling)")
            elif isinstance(fields[key], dict):
                values[key] = self.section(value, fields[key], key_path)
            elif fields[key][0] == "keys":
                values[key] = self.keys(value, key_path)
            else:
                try:
                    values[key] = fields[key][0](value)
                except Invalid as exc:
                    self.problem(key_path, str(exc))
        for key, spec in fields.items():
            if not isinstance(spec, dict) and spec[1] and key not in data:
                self.problem((*prefix, key), "missing (this field is required)")
        return values

    def keys(self, value: Any, key_path: tuple) -> list[str]:
        if not isinstance(value, list):
            self.problem(key_path, "must be a list of keys (- one per line)")
            return []
        keys = []
        for index, item in enumerate(value):
            try:
                keys.append(_signing_key(item))
            except Invalid as exc:
                self.problem((*key_path, index), str(exc))
        return keys


def read(path: Path) -> Deployment:
    """The checked settings of the file at ``path``. Raises DataFileError."""
    located = load_yaml(path)
    check = _Check(located)
    if not isinstance(located.data, dict):
        raise DataFileError.single(path, 1, "the file must be a mapping of settings (key: value)")
    data = check.section(located.data, FIELDS)
    central = data.get("central")
    ca_bundle = None
    if central and "url" in central:
        from app.sync.transport import transport_problem

        trouble = transport_problem(
            central["url"], has_ca=bool(central.get("ca_bundle")), demo=central.get("demo", False)
        )
        if trouble:
            check.problem(("central", "url"), trouble)
    if central and central.get("ca_bundle"):
        ca_bundle = (path.parent / central["ca_bundle"]).resolve()
        if not ca_bundle.is_file():
            check.problem(("central", "ca_bundle"), f"CA bundle not found: {ca_bundle}")
    if check.problems:
        raise DataFileError(check.problems)
    export = data.get("export") or {}
    return Deployment(
        source=path,
        central_url=central["url"].rstrip("/") if central else None,
        service_public_key=central["service_public_key"] if central else None,
        ca_bundle=ca_bundle,
        publisher_keys=tuple(data.get("publisher_keys", ())),
        retention_days=data.get("retention_days"),
        auto_lock_minutes=data.get("auto_lock_minutes"),
        language=data.get("language"),
        time_zone=data.get("time_zone", DEFAULT_ZONE),
        export_folder=_export_folder(export.get("folder")),
        pdf_password_required=bool(export.get("pdf_password_required")),
        recovery_public_key=data.get("recovery_public_key"),
    )


def _export_folder(text: str | None) -> Path | None:
    if not text:
        return None
    folder = Path(os.path.expandvars(text)).expanduser()
    return folder if folder.is_absolute() else Path.home() / folder
