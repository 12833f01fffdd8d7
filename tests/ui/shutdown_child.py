"""A child process running the real main window on a profile the test prepared: it unlocks,
opens the hearing, types an answer and waits until it is stored, prints READY and runs the
event loop until the test ends it (SIGTERM, SIGINT or SIGKILL).

Usage: python -m tests.ui.shutdown_child PROFILES_DIR PROFILE_ID HEARING_ID SETTINGS_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.store import ProfileManager
from app.ui.main import end_cleanly
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.conftest import PASSPHRASE

ANSWER = "Ich habe Erbil im August 2014 verlassen."


def main() -> int:
    profiles_dir, profile_id, hearing_id, settings_file = sys.argv[1:5]
    app = QApplication(sys.argv[:1])
    settings = Settings(QSettings(settings_file, QSettings.Format.IniFormat))
    window = MainWindow(ProfileManager(Path(profiles_dir)), settings)
    window.show()
    end_cleanly(app, window)

    def typed(page) -> None:
        number = page.hearing.entries[0].number
        page.session.type(number, page.hearing.entries[0].question, ANSWER)
        page.session.writes.wait(10)
        print("READY", flush=True)

    window.hearing_opened.connect(typed)
    window.unlocked.connect(lambda _abnormal: window.open_hearing(hearing_id))
    QTimer.singleShot(0, lambda: window.unlock(profile_id, PASSPHRASE))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
