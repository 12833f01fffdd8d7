"""German first, English switchable at run time, domain messages included."""

from __future__ import annotations

from app.domain.errors import DomainError
from app.ui.domain_text import translated
from tests.ui.helpers import create_profile


def test_german_by_default_and_english_on_request(qtbot, window):
    page = window.unlock_page
    assert page.unlock_button.text() == "Entsperren"
    assert window.language_menu.title() == "&Sprache"
    window.language_actions["en"].trigger()  # LanguageChange is posted: let the loop run
    qtbot.waitUntil(lambda: page.unlock_button.text() == "Unlock")
    assert window.windowTitle() == "ASA – Assistant for hearings"
    window.language_actions["de"].trigger()
    qtbot.waitUntil(lambda: page.unlock_button.text() == "Entsperren")


def test_case_list_headers_follow_the_language(qtbot, window):
    create_profile(qtbot, window)
    model = window.case_page.model
    from PySide6.QtCore import Qt

    assert model.headerData(0, Qt.Orientation.Horizontal) == "Az."
    window.set_language("en")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Case ref."
    qtbot.waitUntil(lambda: window.case_page.new_button.text() == "New case")


def test_domain_messages_are_translated(qtbot, window):
    assert translated(DomainError("readback_not_started"), "de") == (
        "die Rückübersetzung wurde noch nicht begonnen"
    )
    assert translated(DomainError("notice_missing", notice="s25_3"), "de") == (
        "Hinweis fehlt: Hinweis nach § 25 Abs. 3 AsylG"
    )
    assert translated(DomainError("sections_changed", sections=[4, 9]), "de") == (
        "erneut rückzuübersetzen, seitdem geändert (Einträge 4, 9)"
    )


def test_every_domain_code_has_a_wording():
    """A refusal the UI cannot word would reach the interviewer as a code."""
    from app.domain.errors import ENGLISH
    from app.ui.domain_text import MESSAGES

    assert set(ENGLISH) - {"not_allowed"} == set(MESSAGES)


def test_every_ui_string_has_a_german_translation(tmp_path):
    """lupdate collects the strings from the code afresh; each must be translated in the
    committed asa_de.ts (a new string without German fails here, not in front of users)."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from app.paths import translations_dir

    root = Path(__file__).resolve().parents[2]
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (root / "app" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-silent"], check=True)

    def messages(path):
        return {
            (ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in ET.parse(path).iter("context")
            for m in ctx.iter("message")
        }

    committed = messages(translations_dir() / "asa_de.ts")
    missing = [key for key in messages(fresh) if key not in committed]
    unfinished = [
        key
        for key, tr in committed.items()
        if tr.get("type") == "unfinished" or not (tr.text or "").strip()
    ]
    assert missing == [] and unfinished == []
