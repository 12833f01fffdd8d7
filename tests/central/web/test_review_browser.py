"""The review page in a real browser: axe-core's check (no serious or critical violation) on
its richer states — an assistant's record, a returned version with comments, a resent
version with its diff, a refusal — in German and English, and review by keyboard alone.

The plain page of a transcript is in test_browser.PAGES ("transcript"); these states need
transcripts of their own (an office of their own, so the inbox tests there keep their counts).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from app.central.devtools.demo_transcripts import create_demo
from app.central.repository import accounts
from app.domain.clock import utcnow
from app.sync.runner import enrol_device, run_sync
from tests.central.conftest import make_client
from tests.central.web.browser import launch_browser, screenshot, serious_violations
from tests.central.web.conftest import create_supervisor, csrf_of, sign_in
from tests.central.web.test_browser import sign_in_with_keyboard
from tests.sync.json_store import JsonFileSource

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@dataclass
class Reviewed:
    supervisor: str
    returned: int  # version 1, returned with comments
    resent: int  # version 2, with an addendum
    with_record: int  # a demo transcript with the assistant's record


@pytest.fixture(scope="module")
def reviewed(admin, web_service, service_public_key, tmp_path_factory) -> Iterator[Reviewed]:
    tag = uuid.uuid4().hex[:6]
    office = f"Siegburg {tag}"
    code = admin.interviewer(f"i{tag}", office=office)
    source = JsonFileSource(tmp_path_factory.mktemp("device") / "store.json")
    device = make_client(web_service.url, service_public_key)
    enrol_device(source, device, code, "laptop Siegburg")
    sealed = source.seal_new(reference=f"S{tag}-438")
    run_sync(source, device)
    supervisor = f"s{tag}"
    create_supervisor(admin, supervisor, office)
    v1 = admin.scalar("SELECT id FROM transcripts WHERE hearing_id=:h", h=sealed.hearing_id)
    client = sign_in(web_service.url, supervisor)
    csrf = csrf_of(client.get(f"/web/transcripts/{v1}").text)
    client.post(
        f"/web/transcripts/{v1}/comments",
        data={"csrf_token": csrf, "entry": "1", "text": "Bitte genauer nachfragen."},
    )
    client.post(f"/web/transcripts/{v1}/return", data={"csrf_token": csrf, "text": "Ergänzen."})
    client.close()
    run_sync(source, device)
    source.reseal(sealed.hearing_id, "Nachgefragt: im Frühjahr 2015.")
    run_sync(source, device)
    device.close()
    v2 = admin.scalar(
        "SELECT id FROM transcripts WHERE hearing_id=:h AND seal_version=2", h=sealed.hearing_id
    )
    report = create_demo(admin.sessions, web_service.url, service_public_key, 1, 1, utcnow())
    with admin.sessions.begin() as s:
        accounts.assign_offices(s, supervisor, report.offices)
    demo = admin.scalar("SELECT id FROM transcripts WHERE reference=:r", r=report.sent[0].reference)
    yield Reviewed(supervisor, v1, v2, demo)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    playwright, browser = launch_browser()
    yield browser
    browser.close()
    playwright.stop()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_review_page_passes_the_accessibility_check(browser, web_service, reviewed, language):
    context = browser.new_context(base_url=web_service.url, locale=language)
    page = context.new_page()
    csp_problems: list[str] = []
    page.on(
        "console",
        lambda m: csp_problems.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.goto(web_service.url + f"/web/language/{language}?next=/web/sign-in")
    sign_in_with_keyboard(page, web_service.url, reviewed.supervisor)
    problems: dict[str, list[str]] = {}
    for name, tid in (
        ("review-record", reviewed.with_record),
        ("review-returned", reviewed.returned),
        ("review-resent-diff", reviewed.resent),
    ):
        page.goto(f"{web_service.url}/web/transcripts/{tid}")
        assert page.locator("html").get_attribute("lang") == language
        screenshot(page, f"{name}-{language}")
        problems[name] = serious_violations(page)
    # A refusal shown on the page (returning without a comment) passes too.
    page.goto(f"{web_service.url}/web/transcripts/{reviewed.resent}")
    page.locator("#decision form").nth(1).locator("button").click()
    page.wait_for_selector("[role=alert]")
    screenshot(page, f"review-refused-{language}")
    problems["review-refused"] = serious_violations(page)
    assert {k: v for k, v in problems.items() if v} == {}
    assert csp_problems == []
    context.close()


def test_a_supervisor_comments_and_approves_by_keyboard(browser, web_service, reviewed, admin):
    context = browser.new_context(base_url=web_service.url)
    page = context.new_page()
    sign_in_with_keyboard(page, web_service.url, reviewed.supervisor)
    page.goto(f"{web_service.url}/web/transcripts/{reviewed.resent}")
    # The sections are reachable from the top: Tab to the link to the decision, Enter.
    link = page.get_by_role("link", name="Entscheidung")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**#decision")
    # Each entry's comment form is folded behind one control: Enter opens it, Tab enters it.
    page.locator("#entry-4 summary").focus()
    assert page.evaluate("document.activeElement.textContent") == "Kommentar zu Eintrag 4"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "comment-4"
    page.keyboard.type("Danke, so ist es klar.")
    page.keyboard.press("Tab")  # to its button
    assert page.evaluate("document.activeElement.textContent") == "Kommentar hinzufügen"
    page.keyboard.press("Enter")
    page.wait_for_url("**#entry-4")
    assert "Danke, so ist es klar." in page.locator("#entry-4").inner_text()
    # The rating form is beside the decision.
    assert page.locator("#decision").get_by_role("link", name="Qualität dieser Version bewerten")
    # Approving is final: without the confirmation the browser does not send it.
    page.get_by_role("button", name="Freigeben").focus()
    page.keyboard.press("Enter")
    assert page.get_by_label("Ich habe die Niederschrift geprüft").evaluate(
        "e => !e.validity.valid"
    )
    state = admin.scalar("SELECT review_state FROM transcripts WHERE id=:i", i=reviewed.resent)
    assert state != "approved"
    screenshot(page, "review-decision")
    page.get_by_label("Ich habe die Niederschrift geprüft").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Freigeben").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**#decision")
    assert "Freigegeben" in page.locator("#decision").inner_text()
    state = admin.scalar("SELECT review_state FROM transcripts WHERE id=:i", i=reviewed.resent)
    assert state == "approved"
    screenshot(page, "review-approved")
    context.close()
