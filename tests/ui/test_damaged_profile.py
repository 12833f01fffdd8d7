"""A profile whose profile.json is damaged does not vanish from the unlock window."""

from __future__ import annotations

from tests.conftest import FAST_KDF, PASSPHRASE


def test_unlock_window_names_a_damaged_profile_and_still_offers_the_others(qtbot, window):
    anna, _ = window.profiles.create("Anna Beispiel", PASSPHRASE, FAST_KDF)
    window.profiles.create("Bert Probe", PASSPHRASE, FAST_KDF)
    meta = anna.folder / "profile.json"
    meta.write_bytes(meta.read_bytes()[:40])  # cut short, as by a full disk

    window.show_unlock()

    page = window.unlock_page
    offered = [page.profile_box.itemText(i) for i in range(page.profile_box.count())]
    assert offered == ["Bert Probe"]
    assert page.damaged.isVisible()
    assert anna.folder.name in page.damaged.text()
    assert "Löschen Sie den Ordner nicht" in page.damaged.text()
    window.set_language("en")  # LanguageChange is posted: let the loop run
    qtbot.waitUntil(lambda: "Do not delete the folder" in page.damaged.text())


def test_no_word_about_damage_when_every_profile_is_whole(window):
    window.profiles.create("Bert Probe", PASSPHRASE, FAST_KDF)
    window.show_unlock()
    assert not window.unlock_page.damaged.isVisible()
