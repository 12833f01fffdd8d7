"""The whole review round in a real browser (chromium through Playwright) against the real
service on the real PostgreSQL, with a real desktop profile (SQLCipher store) on the other end:

the supervisor signs in and filters the inbox, opens the transcript, comments on an entry,
rates it and returns it; the profile syncs, shows the return with the comment, gets an
addendum, seals it as version 2 and sends it; the supervisor sees version 2 with what changed,
approves it, and the inbox shows it approved.

A screenshot of every step goes to tests/screenshots/round-*.png (git-ignored), at the office
PC's 1366x768."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from app.domain.clock import office_time
from app.store.sync_source import StoreSyncSource
from app.sync.runner import enrol_device, run_sync
from tests.central.conftest import make_client
from tests.central.web.browser import launch_browser, screenshot
from tests.central.web.conftest import create_supervisor
from tests.central.web.test_browser import sign_in_with_keyboard
from tests.desktop_sync.helpers import addendum_round, sealed_hearing
from tests.sync.json_store import JsonFileSource

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

OFFICE = "Außenstelle Trier"
SUPERVISOR = "sv-trier"
REFERENCE = "7000001-438"  # the real profile's transcript under review
OTHER_REFERENCE = "7000002-438"  # a colleague's, filtered out
COMMENT = "Wann genau kamen die Männer? Bitte Monat und Jahr nachtragen."
ADDENDUM = "Nachtrag: Die Männer kamen im August 2014."
RETURN_NOTE = "Bitte den Zeitpunkt ergänzen und erneut senden."
RATING_REASON = "Der Zeitpunkt wurde nicht vorgehalten."
RATING_AREAS_DE = (
    "Vorbereitung",
    "Eröffnung",
    "Durchführung der Anhörung",
    "Sachverhalt: wesentliche Tatsachen",
    "Glaubhaftigkeit: Widersprüche vorgehalten",
    "Abschluss",
    "Niederschrift",
)
VIEWPORT = {"width": 1366, "height": 768}


@pytest.fixture
def browser() -> Iterator:
    playwright, browser = launch_browser()
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def desktop(worker, admin, web_service, service_public_key, tmp_path):
    """A real profile (the encrypted store with its own device key) enrolled in Trier, and a
    colleague's device in the same office whose transcript the inbox filter must hide."""
    source = StoreSyncSource(worker, tmp_path / "packs")
    client = make_client(web_service.url, service_public_key)
    enrol_device(
        source,
        client,
        admin.interviewer("anna-trier", OFFICE),
        "Laptop Anna",
        key=source.device_key(),
    )
    colleague = JsonFileSource(tmp_path / "colleague.json")
    colleague_client = make_client(web_service.url, service_public_key)
    enrol_device(colleague, colleague_client, admin.interviewer("ben-trier", OFFICE), "Laptop Ben")
    colleague.seal_new(reference=OTHER_REFERENCE)
    assert run_sync(colleague, colleague_client).sent == 1
    colleague_client.close()
    create_supervisor(admin, SUPERVISOR, OFFICE)
    yield source, client
    client.close()


def inbox_references(page) -> list[str]:
    return page.locator("table.inbox tbody th").all_inner_texts()


def inbox_rows(page) -> list[tuple[str, ...]]:
    """(reference, version, state) of each row shown."""
    rows = page.locator("table.inbox tbody tr")
    return [tuple(rows.nth(i).locator("th, td").all_inner_texts()[:3]) for i in range(rows.count())]


def test_a_transcript_is_returned_revised_resent_and_approved(
    browser, desktop, worker, admin, web_service, qtbot
):
    source, client = desktop
    session = sealed_hearing(worker, REFERENCE)
    hearing_id = session.hearing.id
    assert run_sync(source, client).sent == 1

    context = browser.new_context(base_url=web_service.url, locale="de", viewport=VIEWPORT)
    page = context.new_page()

    # 1. Sign in by keyboard; the inbox lists both transcripts of the office.
    sign_in_with_keyboard(page, web_service.url, SUPERVISOR)
    assert sorted(inbox_references(page)) == [REFERENCE, OTHER_REFERENCE]
    screenshot(page, "round-01-inbox")

    # 2. Filter: received transcripts of Anna Beispiel only.
    page.locator("details.filter-panel > summary").click()
    page.get_by_label("Status", exact=True).select_option("received")
    page.get_by_label("Anhörer/in", exact=True).select_option("Anna Beispiel")
    page.get_by_role("button", name="Anzeigen").click()
    page.wait_for_url("**interviewer=Anna**")
    assert inbox_references(page) == [REFERENCE]
    screenshot(page, "round-02-inbox-filtered")

    # 3. Open the transcript.
    page.get_by_role("link", name=REFERENCE).click()
    page.wait_for_url("**/web/transcripts/*")
    assert REFERENCE in page.get_by_role("heading", level=1).inner_text()
    screenshot(page, "round-03-transcript")

    # 4. A comment on entry 1.
    transcript_url = page.url.split("#")[0]
    entry_1 = page.get_by_label("Kommentar zu Eintrag 1", exact=True)
    page.locator("details", has=entry_1).locator("summary").press("Enter")  # unfold the form
    comment_form = page.locator("form", has=entry_1)
    comment_form.get_by_label("Kommentar zu Eintrag 1", exact=True).fill(COMMENT)
    comment_form.get_by_role("button", name="Kommentar hinzufügen").click()
    page.wait_for_load_state()
    assert page.get_by_text(COMMENT).count() == 1
    screenshot(page, "round-04-commented")

    # 5. The quality rating: every area, the credibility area with a minor error and why.
    page.goto(transcript_url + "/rating")  # the review page does not link it (yet)
    for area in RATING_AREAS_DE:
        page.get_by_role("group", name=area).get_by_label("Korrekt", exact=True).check()
    credibility = page.get_by_role("group", name="Glaubhaftigkeit: Widersprüche vorgehalten")
    credibility.get_by_label("Geringfügiger Fehler", exact=True).check()
    credibility.get_by_label("Begründung").fill(RATING_REASON)
    page.get_by_role("button", name="Bewertung speichern").click()
    page.wait_for_url("**/rating?saved=*")
    assert "Gespeichert" in page.get_by_role("status").inner_text()
    assert RATING_REASON in page.locator("table.history").inner_text()
    screenshot(page, "round-05-rated")

    # 6. Returned for revision, with a note on the whole.
    page.get_by_role("link", name="Zurück zur Niederschrift").click()
    page.get_by_label("Kommentar zur Rückgabe", exact=False).fill(RETURN_NOTE)
    page.get_by_role("button", name="Zur Überarbeitung zurückgeben").click()
    page.wait_for_load_state()
    assert "Zurückgegeben" in page.locator("dl.facts").first.inner_text()
    screenshot(page, "round-06-returned")

    # 7. The profile syncs: the return arrives with the comment, as the interviewer sees it.
    assert run_sync(source, client).returns == 1
    (returned,) = source.returned_transcripts()
    assert returned.hearing_id == hearing_id
    assert {(c.entry_number, c.text) for c in returned.comments} == {
        (1, COMMENT),
        (None, RETURN_NOTE),
    }
    show_returns_dialog(qtbot, source)

    # 8. An addendum, sealed as version 2, sent with the next sync.
    assert addendum_round(session, ADDENDUM) == 2
    report = run_sync(source, client)
    assert (report.sent, report.returns) == (1, 0)
    assert source.returned_transcripts()[0].answered

    # 9. The supervisor finds the hearing once in the inbox, as version 2, resent.
    page.goto(web_service.url + "/web/inbox?sort=reference&order=asc")
    assert inbox_rows(page) == [
        (REFERENCE, "2", "Erneut eingereicht"),
        (OTHER_REFERENCE, "1", "Eingegangen"),
    ]
    screenshot(page, "round-09-inbox-resent")

    # 10. Version 2 shows what changed: the addendum, and version 1 among the versions.
    page.get_by_role("row", name="Erneut eingereicht").get_by_role("link", name=REFERENCE).click()
    assert "Version 2" in page.get_by_role("heading", level=1).inner_text()
    changes = page.locator("#versions")
    assert "Was sich von Version 1 zu Version 2 geändert hat" in changes.inner_text()
    assert ADDENDUM in changes.inner_text()
    assert changes.get_by_role("link", name="Version 1").count() == 1
    screenshot(page, "round-10-version-2-diff")

    # 11. Approved; the inbox shows it under the approved ones.
    page.get_by_label("Ich habe die Niederschrift geprüft").check()
    page.get_by_role("button", name="Freigeben").click()
    page.wait_for_load_state()
    assert "Freigegeben" in page.locator("dl.facts").first.inner_text()
    page.get_by_role("link", name="Eingang").click()
    page.locator("details.filter-panel > summary").click()
    page.get_by_label("Status", exact=True).select_option("approved")
    page.get_by_role("button", name="Anzeigen").click()
    page.wait_for_url("**state=approved**")
    assert inbox_rows(page) == [(REFERENCE, "2", "Freigegeben")]
    screenshot(page, "round-11-inbox-approved")
    context.close()


def show_returns_dialog(qtbot, source) -> None:
    """The desktop's list of returned transcripts, as the interviewer opens it: the comment
    is shown under the transcript."""
    from app.ui.sync.dialogs import ReturnsDialog
    from tests.central.web.browser import SCREENSHOTS

    dialog = ReturnsDialog(source.returned_transcripts())
    qtbot.addWidget(dialog)
    dialog.show()
    top = dialog.tree.topLevelItem(0)
    assert REFERENCE in top.text(0)
    # who returned it, by name as the comments name them, on a German date (the walk showed
    # "zurückgegeben von <user name> am 2026-12-01")
    returned = source.returned_transcripts()[0]
    day = office_time(datetime.fromisoformat(returned.returned_at))
    title = top.text(0)
    assert SUPERVISOR.title() in title and f"{day:%d.%m.%Y}" in title, title
    assert COMMENT in top.child(0).text(0)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "round-07-desktop-returned.png"))
    dialog.close()
