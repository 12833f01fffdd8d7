"""A real main window on a temporary profile folder and settings file, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.store import ProfileManager
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The .qm files are build output (`make translations`); build them when stale."""
    import subprocess
    import sys

    from app.paths import translations_dir

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in translations_dir().glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def settings_file(tmp_path):
    return tmp_path / "settings.ini"


@pytest.fixture
def window(qtbot, tmp_path, settings_file):
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    i18n.set_language("de")
    w = MainWindow(ProfileManager(tmp_path / "profiles"), settings)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)  # shortcuts and focus work only in the active window, as for a person
    yield w
    w.close()
    i18n.set_language("de")


def screenshot(widget, name: str) -> None:
    """Saved for people to look at (git-ignored); the tests never compare pixels."""
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))
