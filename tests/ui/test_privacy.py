"""After a hearing through the UI, no text of it is on disk in plaintext: not in the profile
folder, not in the Qt settings file, not in the app log."""

from __future__ import annotations

import logging

from app.ui.main import configure_logging
from tests.store.test_plaintext import _files, _leaks
from tests.ui.helpers import create_profile, key, type_answer, type_text, wait_saved
from tests.ui.test_hearing_flow import create_case, start_hearing

LATIN, ARABIC = "ZEBRAFINK-7731", "زرافة٧٧٣١"


def test_no_plaintext_in_profile_settings_or_log(qtbot, window, tmp_path, settings_file):
    log_dir = tmp_path / "log"
    configure_logging(log_dir)
    try:
        create_profile(qtbot, window)
        create_case(qtbot, window)
        page = start_hearing(qtbot, window)
        key(qtbot, page, "Ctrl+Return")
        type_answer(qtbot, window, f"Antwort {LATIN}")
        type_text(page.editor.answer, f" {ARABIC}")
        type_text(page.notes, f"Notiz {LATIN}")
        wait_saved(qtbot, window)
        window.lock("")
        logging.getLogger("app").info("log is written")  # the scan below must see a real log
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
    log_text = (log_dir / "asa.log").read_text()
    assert "profile unlocked" in log_text and "locked" in log_text
    assert settings_file.exists()
    folders = [window.profiles.root, log_dir]
    assert _leaks([*_files(*folders), settings_file]) == []
    assert "Anna" not in log_text  # not even the interviewer's name
    logging.getLogger().handlers.clear()
