"""Where the app's own data lives: forms, rule packs, templates, translations.

From a source checkout (and an editable install) these are the top-level folders of the
repository; in a PyInstaller bundle they sit under ``sys._MEIPASS``; a wheel (``pip install
.``) carries them as ``app/_data/`` (setup.py copies them there). User data (profiles) lives elsewhere: see
``app.store.profiles``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled)
    here = Path(__file__).resolve().parent
    installed = here / "_data"
    return installed if installed.is_dir() else here.parent


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
