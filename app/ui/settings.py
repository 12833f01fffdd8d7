"""User settings, declared once with their types and defaults, kept in QSettings.

Only harmless preferences live here (language, idle time, window layout): never names,
case data or anything typed in a hearing. Deployment may preseed defaults (see
``app.deployment``) which the user's own choices override.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QSettings


class Setting(NamedTuple):  # not a dataclass: this module is on the start-up path
    key: str
    default: Any
    kind: type


LANGUAGE = Setting("ui/language", "de", str)
AUTO_LOCK_MINUTES = Setting("security/auto_lock_minutes", 10, int)
LAST_PROFILE = Setting("profiles/last", "", str)
SKELETON = Setting("hearing/default_skeleton", "anhoerung-13", str)


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
