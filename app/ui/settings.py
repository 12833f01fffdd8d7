"""User settings, declared once with their types and defaults, kept in QSettings.

Only harmless preferences live here (language, idle time, window layout): never names,
case data or anything typed in a hearing. Deployment may preseed defaults (see
``app.deployment``) which the user's own choices override, except that the preseeded idle
time is also the longest the user may choose.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QSettings

from app.deployment import (
    AUTO_LOCK_DEFAULT_MINUTES,
    AUTO_LOCK_LONGEST,
    DEFAULT_LANGUAGE,
    Deployment,
)


class Setting(NamedTuple):  # not a dataclass: this module is on the start-up path
    key: str
    default: Any
    kind: type


LANGUAGE = Setting("ui/language", DEFAULT_LANGUAGE, str)
AUTO_LOCK_MINUTES = Setting("security/auto_lock_minutes", AUTO_LOCK_DEFAULT_MINUTES, int)
LAST_PROFILE = Setting("profiles/last", "", str)
SKELETON = Setting("hearing/default_skeleton", "anhoerung-13", str)
HEARING_PANELS = Setting("hearing/panel_sizes", "", str)  # "skeleton,transcript,side" in px


def preseeded(deployment: Deployment) -> dict[str, Any]:
    """IT's language and idle lock from the deployment file, as defaults for ``Settings``."""
    defaults: dict[str, Any] = {}
    if deployment.language:
        defaults[LANGUAGE.key] = deployment.language
    if deployment.auto_lock_minutes:
        defaults[AUTO_LOCK_MINUTES.key] = deployment.auto_lock_minutes
    return defaults


class Settings:
    def __init__(self, qsettings: QSettings | None = None, defaults: dict[str, Any] | None = None):
        self._q = qsettings or QSettings("ASA", "ASA")
        self._defaults = defaults or {}

    def get(self, setting: Setting) -> Any:
        default = self._defaults.get(setting.key, setting.default)
        value = self._q.value(setting.key, default)
        try:
            return setting.kind(value)
        except (TypeError, ValueError):
            return setting.kind(default)

    def set(self, setting: Setting, value: Any) -> None:
        self._q.setValue(setting.key, setting.kind(value))
        self._q.sync()

    def auto_lock_limit(self) -> int:
        """The longest idle time the interviewer may choose. IT's preseeded time is a ceiling,
        not just a default: an office's lock policy cannot be loosened on one laptop."""
        return int(self._defaults.get(AUTO_LOCK_MINUTES.key, AUTO_LOCK_LONGEST))

    def auto_lock_minutes(self) -> int:
        """The idle time in force: the interviewer's choice, within 1 minute and the limit
        (a value edited into the settings file by hand is held to it too)."""
        return max(1, min(self.get(AUTO_LOCK_MINUTES), self.auto_lock_limit()))
