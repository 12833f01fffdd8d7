"""The two deployment settings the first window needs: UI language and idle lock.

Read at start-up without the full validation of ``app.deployment`` (pydantic), which runs at
the first unlock and reports any problem in the file there, with file and line. Anything
unreadable here is ignored: the built-in defaults apply until then.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "ASA_DEPLOYMENT"
FILE_NAME = "deployment.yaml"
# The keys of app.ui.settings.LANGUAGE and AUTO_LOCK_MINUTES (a test holds them equal).
LANGUAGE_KEY = "ui/language"
AUTO_LOCK_KEY = "security/auto_lock_minutes"


def _first_file() -> Path | None:
    if os.environ.get(ENV_VAR):
        path = Path(os.environ[ENV_VAR])
        return path if path.is_file() else None
    import platformdirs

    for folder in (
        platformdirs.site_config_path("ASA", appauthor=False),
        platformdirs.user_config_path("ASA", appauthor=False),
    ):
        if (folder / FILE_NAME).is_file():
            return folder / FILE_NAME
    return None


def ui_defaults(path: Path | None = None) -> dict[str, object]:
    """{settings key: value} preseeded by IT; the user's own choices still win."""
    path = path or _first_file()
    if path is None:
        return {}
    import yaml  # only when there is a file: most starts have none and need no YAML

    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(data, dict):
        return {}
    defaults: dict[str, object] = {}
    if data.get("language") in ("de", "en"):
        defaults[LANGUAGE_KEY] = data["language"]
    minutes = data.get("auto_lock_minutes")
    if isinstance(minutes, int) and 1 <= minutes <= 240:
        defaults[AUTO_LOCK_KEY] = minutes
    return defaults
