"""Where the app's own data lives: forms, rule packs, templates, translations.

From a source checkout these are the top-level folders of the repository; in a PyInstaller
bundle they sit under ``sys._MEIPASS``. User data (profiles) lives elsewhere: see
``app.store.profiles``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled)
    return Path(__file__).resolve().parent.parent


def forms_dir() -> Path:
    return install_root() / "forms"


def rules_dir() -> Path:
    return install_root() / "rules"


def resources_dir() -> Path:
    return install_root() / "resources"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def translations_dir() -> Path:
    return resources_dir() / "translations"
