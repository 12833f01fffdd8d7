"""Rule-pack versions: dotted numbers such as 2024.3 or 2024.10, compared as versions
(``packaging.version``), so that 2024.10 is newer than 2024.9. One place for the desktop's
pack discovery, the sync's update checks and the central service's publishing."""

from __future__ import annotations

import re

from packaging.version import Version

_DOTTED = re.compile(r"\d{1,9}(?:\.\d{1,9}){0,5}")
_NONE = Version("0")


class BadVersion(ValueError):
    """Not a dotted number; the message names the text."""


def pack_version(text: str) -> Version:
    """The version, or ``BadVersion`` for anything that is not a dotted number."""
    if not isinstance(text, str) or not _DOTTED.fullmatch(text):
        raise BadVersion(f"pack version {text!r} is not a dotted number such as 2024.3")
    return Version(text)


def version_key(text: str) -> tuple[int, Version]:
    """Sort key for versions found on disk or reported by a device: a malformed one sorts
    before every valid one, so it is never taken as the newest."""
    try:
        return (1, pack_version(text))
    except BadVersion:
        return (0, _NONE)
