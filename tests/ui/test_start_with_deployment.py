"""The deployment file is read once, at start, through the real start path (``asa`` with no
command): IT's language and idle-lock ceiling apply from the first window; a file with a
mistake stops the start with a message naming file, line and field — no traceback, and no
window running on settings IT did not mean."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.cli import main
from app.deployment import AUTO_LOCK_LONGEST, ENV_VAR
from app.ui.main_window import MainWindow
from app.ui.settings import AUTO_LOCK_MINUTES, LANGUAGE, Settings, preseeded

KEY = "ab" * 32


@pytest.fixture
def start(qtbot, tmp_path, monkeypatch):
    """Runs ``asa`` (no arguments) with a deployment file; returns (exit code, what the window
    or message box showed, stderr). The event loop is ended as soon as something is shown."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = tmp_path / "deployment.yaml"
    monkeypatch.setenv(ENV_VAR, str(path))

    def run(text: str, capsys) -> tuple[int, object, str]:
        path.write_text(text, encoding="utf-8")
        seen: list[object] = []

        def look() -> None:
            boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
            if boxes and boxes[0].isVisible():
                seen.append(boxes[0].text())
                boxes[0].accept()
                return
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            if windows and windows[0].isVisible():
                seen.append(windows[0])
                QTimer.singleShot(0, windows[0].close)  # the last window: the loop ends
                return
            QTimer.singleShot(10, look)

        QTimer.singleShot(0, look)
        code = main([])
        return code, seen[0] if seen else None, capsys.readouterr().err

    return run


def test_it_s_settings_apply_from_the_first_window(start, capsys, qtbot):
    code, window, _err = start("language: en\nauto_lock_minutes: 3\n", capsys)
    assert code == 0 and isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.settings.get(LANGUAGE) == "en"
    assert window.settings.auto_lock_limit() == 3 and window.settings.auto_lock_minutes() == 3


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("language: en\nauto_lock_minutes: 900\n", 2, "auto_lock_minutes"),
        ("language: fr\n", 1, "language"),
        ("language: en\ntime_zone: Mars/Olympus\n", 2, "time_zone"),
        ("retention_days: 30\ncentral:\n  url: https://asa.example\n", 3, "service_public_key"),
        (
            f"central:\n  url: https://asa.example\n  service_public_key: {KEY}\n"
            "publisher_keys: [xyz]\n",
            4,
            "publisher_keys",
        ),
        ("language: en\nauto_lok_minutes: 5\n", 2, "auto_lok_minutes"),
        ("language: en\n  auto_lock_minutes: [5\n", 2, "not valid YAML"),
    ],
)
def test_a_mistake_stops_the_start_naming_file_line_and_field(
    start, capsys, tmp_path, text, line, field
):
    code, shown, err = start(text, capsys)
    assert code == 2
    assert isinstance(shown, str), "a message box, not the main window"
    where = f"{tmp_path / 'deployment.yaml'}:{line}"
    for message in (shown, err):
        assert where in message and field in message
    assert "ASA startet daher nicht" in shown  # in the interviewer's language (German first)
    assert "Traceback" not in err
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_a_missing_named_file_stops_the_start(start, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere.yaml"))
    code, shown, err = start("", capsys)  # writes deployment.yaml, but the variable names another
    assert code == 2 and "nowhere.yaml" in err and "file not found" in shown


def test_the_user_may_choose_a_shorter_lock_and_another_language(tmp_path):
    from app.deployment import Deployment

    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(qsettings, preseeded(Deployment(None, language="en", auto_lock_minutes=7)))
    settings.set(LANGUAGE, "de")
    settings.set(AUTO_LOCK_MINUTES, 60)
    assert settings.get(LANGUAGE) == "de" and settings.auto_lock_minutes() == 7
    assert Settings(qsettings, preseeded(Deployment(None))).auto_lock_limit() == AUTO_LOCK_LONGEST


def test_the_self_test_checks_the_deployment_file_first(tmp_path):
    """IT checks a file before rolling it out: `asa admin self-test` names the mistake."""
    import os
    import subprocess
    import sys

    path = tmp_path / "deployment.yaml"
    path.write_text("language: en\nretention_days: -1\n", encoding="utf-8")
    env = {**os.environ, ENV_VAR: str(path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "admin", "self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert f"{path}:2: retention_days" in done.stderr and "Traceback" not in done.stderr
