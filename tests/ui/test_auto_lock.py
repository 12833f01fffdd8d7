"""The interviewer chooses the idle time in Settings › Automatic lock, never beyond IT's limit."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from app.store import ProfileManager
from app.ui.auto_lock_dialog import AutoLockDialog
from app.ui.main_window import MainWindow
from app.ui.settings import AUTO_LOCK_MINUTES, Settings
from tests.ui.helpers import open_dialog

MINUTE_MS = 60_000


def choose_minutes(qtbot, window, minutes: int) -> AutoLockDialog:
    window.auto_lock_action.trigger()
    dialog = open_dialog(qtbot, AutoLockDialog)
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, str(minutes))
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    return dialog


def test_the_chosen_idle_time_applies_at_once_and_after_a_restart(
    qtbot, window, tmp_path, settings_file
):
    assert window.settings_menu.title() == "&Einstellungen"
    assert window.auto_lock_action.text() == "Automatische Sperre …"
    assert window.idle.interval_ms() == 10 * MINUTE_MS  # the built-in default
    choose_minutes(qtbot, window, 3)
    assert window.idle.interval_ms() == 3 * MINUTE_MS

    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    again = MainWindow(ProfileManager(tmp_path / "profiles"), settings)
    qtbot.addWidget(again)
    assert again.idle.interval_ms() == 3 * MINUTE_MS


def test_it_s_preseeded_time_is_the_longest_the_interviewer_can_choose(qtbot, tmp_path):
    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    qsettings.setValue(AUTO_LOCK_MINUTES.key, 45)  # longer, edited into the file by hand
    settings = Settings(qsettings, defaults={AUTO_LOCK_MINUTES.key: 5})
    window = MainWindow(ProfileManager(tmp_path / "profiles"), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.idle.interval_ms() == 5 * MINUTE_MS  # held to IT's limit

    dialog = choose_minutes(qtbot, window, 30)  # the spin box does not go beyond 5
    assert dialog.minutes.maximum() == 5
    assert window.idle.interval_ms() <= 5 * MINUTE_MS
    choose_minutes(qtbot, window, 2)  # shorter is always allowed
    assert window.idle.interval_ms() == 2 * MINUTE_MS
    assert settings.get(AUTO_LOCK_MINUTES) == 2
