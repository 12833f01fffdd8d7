"""The pages in a real browser (chromium through Playwright): keyboard use, and axe-core's
accessibility check on every page.

PAGES lists every page; whoever adds a page adds it here (the review page, ratings, ...), in
German and English. Each must pass axe-core with no serious or critical violation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.central.web.browser import launch_browser, screenshot, serious_violations
from tests.central.web.conftest import PASSWORD

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

# (name, path with {transcript} for one of the signed-in supervisor's transcripts, signed in?)
PAGES: list[tuple[str, str, bool]] = [
    ("sign-in", "/web/sign-in", False),
    ("sign-in-failed", "/web/sign-in#failed", False),
    ("inbox", "/web/inbox", True),
    ("inbox-filtered", "/web/inbox?state=received&sort=reference&order=asc", True),
    ("inbox-bad-filter", "/web/inbox?date_from=yesterday", True),
    ("transcript", "/web/transcripts/{transcript}", True),  # the review page, plain;
    # its richer states (record, diff, refusal) in test_review_browser.py
    ("not-found", "/web/transcripts/999999999", True),
    ("rating", "/web/transcripts/{transcript}/rating", True),
    ("ratings-summary", "/web/ratings", True),
    ("ratings-by-interviewer", "/web/ratings?by=interviewer", True),
    ("ratings-bad-period", "/web/ratings?date_from=2026-05-02&date_to=2026-05-01", True),
]


@pytest.fixture(scope="module")
def browser() -> Iterator:
    playwright, browser = launch_browser()
    yield browser
    browser.close()
    playwright.stop()


# The column headers' words that the layout split over two lines (a word's text has one box).
WORDS_BROKEN_IN_HEADERS = """() => {
  const broken = [];
  for (const th of document.querySelectorAll('table.inbox thead th')) {
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.visually-hidden')) continue;
      for (const match of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (range.getClientRects().length > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""


def sign_in_with_keyboard(page, base_url: str, username: str, password: str = PASSWORD) -> None:
    page.goto(base_url + "/web/sign-in")
    # The user name field has the focus on arrival: type, Tab, type, Enter.
    page.wait_for_function("document.activeElement && document.activeElement.id === 'username'")
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    page.wait_for_url("**/web/inbox")


def _show(page, base_url: str, name: str, path: str) -> None:
    if name == "sign-in-failed":
        page.goto(base_url + "/web/sign-in")
        page.locator("#username").fill("nobody-at-all")
        page.locator("#password").fill("wrong password here")
        page.locator("#password").press("Enter")
        page.wait_for_selector("[role=alert]")
    else:
        page.goto(base_url + path)


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_passes_the_accessibility_check(browser, web_service, offices, language):
    """Signed-out pages first, then one sign-in for the rest (a sign-in costs Argon2id)."""
    context = browser.new_context(base_url=web_service.url, locale=language)
    page = context.new_page()
    csp_problems: list[str] = []
    page.on(
        "console",
        lambda m: csp_problems.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.goto(web_service.url + f"/web/language/{language}?next=/web/sign-in")
    problems: dict[str, list[str]] = {}
    ordered = sorted(PAGES, key=lambda p: p[2])  # signed out first
    for name, path, signed_in in ordered:
        if signed_in and page.locator("form.sign-out").count() == 0:
            sign_in_with_keyboard(page, web_service.url, offices.supervisors["Bonn"])
        _show(page, web_service.url, name, path.format(transcript=offices.transcripts["Bonn"][0]))
        assert page.locator("html").get_attribute("lang") == language
        screenshot(page, f"{name}-{language}")
        found = serious_violations(page)
        if found:
            problems[name] = found
    assert problems == {}
    assert csp_problems == []
    context.close()


def test_a_supervisor_signs_in_and_filters_the_inbox_by_keyboard(browser, web_service, offices):
    context = browser.new_context(base_url=web_service.url, viewport={"width": 1366, "height": 768})
    page = context.new_page()
    sign_in_with_keyboard(page, web_service.url, offices.supervisors["Bonn"])
    page.keyboard.press("Tab")  # on every other page the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    rows = page.locator("table.inbox tbody tr")
    assert rows.count() == len(offices.transcripts["Bonn"])
    # The first transcript is a few Tab stops away: the second skip link leads to the list.
    page.goto(f"{web_service.url}/web/inbox")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Zu den Niederschriften"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    first = page.locator("table.inbox tbody th a").first
    assert page.evaluate("document.activeElement.href") == first.evaluate("a => a.href")
    # The filters are folded (none is set): one Tab stop, Enter opens them.
    assert not page.get_by_label("Anhörung ab", exact=True).is_visible()
    # The table fits the window: no sideways scrolling at 1366 px, and no header broken
    # inside a word ("Herkun|ft" once, where no hyphenation dictionary was installed).
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.evaluate(WORDS_BROKEN_IN_HEADERS) == []
    # Narrower (1024 px): the table scrolls in its own region; the page does not.
    page.set_viewport_size({"width": 1024, "height": 768})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.evaluate(WORDS_BROKEN_IN_HEADERS) == []
    page.set_viewport_size({"width": 1366, "height": 768})
    screenshot(page, "inbox-folded-filters")
    page.locator("details.filter-panel > summary").focus()
    page.keyboard.press("Enter")
    page.get_by_label("Status", exact=True).select_option("approved")
    page.get_by_role("button", name="Anzeigen").press("Enter")
    page.wait_for_url("**state=approved**")
    assert page.locator("table.inbox").count() == 0
    assert "Keine Niederschrift" in page.locator("main").inner_text()
    page.get_by_label("Status", exact=True).select_option("")
    page.get_by_label("Sortieren nach", exact=True).select_option("reference")
    page.get_by_label("Reihenfolge", exact=True).select_option("asc")
    page.get_by_role("button", name="Anzeigen").click()
    page.wait_for_url("**sort=reference**")
    shown = page.locator("table.inbox tbody th").all_inner_texts()
    assert shown == sorted(offices.references["Bonn"])
    assert page.locator("details.filter-panel").get_attribute("open") is not None  # filtered
    screenshot(page, "inbox-sorted-by-reference")
    context.close()
