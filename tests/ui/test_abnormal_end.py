"""After a crash or power loss the interviewer is told, once, on the next unlock."""

from __future__ import annotations

from app.store import Store
from tests.conftest import PASSPHRASE
from tests.ui.helpers import create_profile, unlock


def test_banner_after_an_abnormal_end_and_not_after_a_clean_one(qtbot, window):
    create_profile(qtbot, window)
    profile = window.profile
    assert not window.case_page.banner.isVisible()
    window.lock("")  # a clean end

    # The process dies while the profile is open: the "in use" mark stays behind.
    store = Store.open(str(profile.database), window.profiles.unlock(profile, PASSPHRASE), "x")
    store.mark_in_use()
    store.conn.close()  # no mark_closed(), as after kill -9

    assert unlock(qtbot, window) is True
    assert window.case_page.banner.isVisible()
    assert "nicht ordnungsgemäß beendet" in window.case_page.banner.text()
    window.lock("")
    assert unlock(qtbot, window) is False
    assert not window.case_page.banner.isVisible()
