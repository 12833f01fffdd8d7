"""The unlock window comes up without loading what only an unlocked profile needs.

Start-up time is measured in bench/bench_startup.py, not here; this guards the structure that
keeps it within target, so that a stray import shows up as a failing test with its name.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])

def report():
    import PySide6.QtCore as core
    json.dump({"modules": sorted(sys.modules), "qt_namespace": "Qt" in vars(core)}, sys.stdout)
    app.quit()

QTimer.singleShot(0, report)  # runs once the unlock window is shown
from app.cli import main
main([])
"""

# Each costs from a few to hundreds of milliseconds and is needed only after unlock (or never
# by the desktop: the central service's stack).
NOT_AT_START_UP = (
    "sqlcipher3",
    "argon2",
    "cryptography",
    "pydantic",
    "yaml",
    "jinja2",
    "docx",
    "sqlalchemy",
    "fastapi",
    "httpx",
    "dataclasses",
    "app.store.keys",
    "app.store.worker",
    "app.skeletons",
    "app.assistant",
    "app.ui.cases.page",
    "app.ui.hearing.page",
)


def run_asa(probe: str, home: Path) -> dict:
    """``probe`` (which starts `asa` as its last step) in a fresh process and home folder;
    what it printed, as JSON."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    env.pop("ASA_DEPLOYMENT", None)
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return json.loads(out)


def test_the_unlock_window_loads_only_what_it_shows(tmp_path):
    seen = run_asa(PROBE, tmp_path)
    loaded = set(seen["modules"])
    assert "app.ui.main_window" in loaded  # the probe did start ASA
    assert [m for m in NOT_AT_START_UP if m in loaded] == []
    # PySide builds its whole ``Qt`` namespace (~15 ms) on first use: e.g. an alignment flag,
    # or QAction.setShortcut resolving its overloads (setShortcuts([...]) does not).
    assert not seen["qt_namespace"]


GUARD_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])

def report():
    hook = getattr(sys.excepthook, "__self__", None)
    json.dump({"guard": type(hook).__name__}, sys.stdout)
    app.quit()

QTimer.singleShot(300, report)  # well after the window is shown and settled
from app.cli import main
main([])
"""


def test_once_shown_the_app_logs_and_guards_against_unexpected_errors(tmp_path):
    assert run_asa(GUARD_PROBE, tmp_path) == {"guard": "UnexpectedErrors"}
    (log,) = (tmp_path / "state").rglob("asa.log")
    assert "started" in log.read_text(encoding="utf-8")
