"""IT's preseeded language and idle time apply from the first window; the user's choice wins
(the idle time only downwards: tests/ui/test_auto_lock.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.preseed import AUTO_LOCK_KEY, LANGUAGE_KEY, ui_defaults
from app.ui.settings import AUTO_LOCK_MINUTES, LANGUAGE, Settings


def test_keys_match_the_settings():
    assert (LANGUAGE.key, AUTO_LOCK_MINUTES.key) == (LANGUAGE_KEY, AUTO_LOCK_KEY)


def test_preseeded_values_are_defaults_the_user_can_override(tmp_path, monkeypatch):
    path = tmp_path / "deployment.yaml"
    path.write_text("language: en\nauto_lock_minutes: 3\n", encoding="utf-8")
    monkeypatch.setenv("ASA_DEPLOYMENT", str(path))
    settings = Settings(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), defaults=ui_defaults()
    )
    assert settings.get(LANGUAGE) == "en" and settings.get(AUTO_LOCK_MINUTES) == 3
    settings.set(LANGUAGE, "de")
    assert settings.get(LANGUAGE) == "de"


def test_unreadable_or_odd_values_are_ignored_here(tmp_path):
    path = tmp_path / "deployment.yaml"
    path.write_text("language: fr\nauto_lock_minutes: 0\n", encoding="utf-8")
    assert ui_defaults(path) == {}
    path.write_text("{ broken", encoding="utf-8")
    assert ui_defaults(path) == {}
