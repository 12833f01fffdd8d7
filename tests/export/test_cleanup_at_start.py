"""Starting ASA removes what a killed export left: the real start-up path, in a fresh
process with its own home folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
leftover = Path(sys.argv[1])
waited = [0]

def check():  # the clean-up runs in the background once the window is shown
    waited[0] += 1
    if not leftover.exists() or waited[0] > 300:
        print("GONE" if not leftover.exists() else "STILL THERE", flush=True)
        app.quit()

timer = QTimer()
timer.timeout.connect(check)
timer.start(50)
from app.cli import main
main([])
"""


def test_the_next_start_removes_a_temporary_export_a_crash_left(tmp_path):
    home, data = tmp_path / "home", tmp_path / "data"
    exports = home / "ASA-Exporte"
    exports.mkdir(parents=True)
    leftover = exports / ".asa-export-0123456789abcdef.part"
    leftover.write_bytes(b"Niederschrift ... the applicant's answers in plaintext")
    journal = data / "ASA" / "exports-in-progress"
    journal.mkdir(parents=True)
    (journal / "0123456789abcdef.json").write_text(json.dumps({"temp": str(leftover)}))
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(data),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    env.pop("ASA_DEPLOYMENT", None)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(leftover)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().endswith("GONE"), result.stderr[-2000:]
    assert list(journal.iterdir()) == []
