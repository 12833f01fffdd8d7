"""Quality ratings in a real browser: rated by keyboard alone, the form's problems reached
from its summary, and the summary with its chart; axe-core on each state, German and
English (the empty pages are in test_browser.PAGES)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.central.models import RATING_AREAS
from tests.central.web.browser import launch_browser, screenshot, serious_violations
from tests.central.web.test_browser import sign_in_with_keyboard

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture(scope="module")
def browser() -> Iterator:
    playwright, browser = launch_browser()
    yield browser
    browser.close()
    playwright.stop()


# Legend names without room to spare: boxes overlapping, or less than half their measured
# width again before the next key on their line or the chart's edge (another font, e.g. on a
# supervisor's machine, may be that much wider).
OVERLAPS = """svg => {
  const box = e => e.getBBox();
  const keys = [...svg.querySelectorAll('.legend-key')].map(box);
  const names = [...svg.querySelectorAll('.chart-legend')];
  const width = svg.viewBox.baseVal.width;
  const found = [];
  names.forEach(name => {
    const t = box(name);
    const onLine = keys.filter(k => k.y < t.y + t.height && t.y < k.y + k.height && k.x > t.x);
    const room = Math.min(width, ...onLine.map(k => k.x)) - t.x;
    if (room < 1.5 * t.width) found.push(name.textContent + ': ' + Math.round(room));
  });
  return found;
}"""


def focused(page) -> str:
    return page.evaluate("document.activeElement.id")


def test_a_transcript_is_rated_by_keyboard_and_the_summary_shows_it(
    browser, web_service, offices, admin
):
    transcript = offices.transcripts["Bonn"][0]
    context = browser.new_context(base_url=web_service.url)
    page = context.new_page()
    sign_in_with_keyboard(page, web_service.url, offices.supervisors["Bonn"])
    problems: dict[str, list[str]] = {}
    for language in ("de", "en"):
        page.goto(f"/web/language/{language}?next=/web/transcripts/{transcript}/rating")
        found = serious_violations(page)
        if found:
            problems[f"rating-form-{language}"] = found

    # Keyboard only: into the first area's radio group, then per area: choose, Tab to the
    # reason, Tab on. "Correct" is chosen with Space; credibility moves on to "minor error"
    # with the arrow key, and its reason is left out at first.
    page.locator("#preparation-correct").focus()
    for area in RATING_AREAS:
        assert focused(page) == f"{area}-correct", area
        page.keyboard.press("ArrowRight" if area == "credibility" else "Space")
        page.keyboard.press("Tab")
        assert focused(page) == f"{area}-reason"
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Save the rating"
    page.keyboard.press("Enter")
    page.wait_for_selector(".error-summary")
    # The focus is on the error summary (rating.js), so the problems are heard first.
    page.wait_for_function("document.activeElement.id === 'problems'")
    screenshot(page, "rating-problems-en")
    found = serious_violations(page)
    if found:
        problems["rating-problems-en"] = found
    # The summary names the field and leads to it.
    link = page.get_by_role("link", name="Credibility: contradictions put to the applicant: give")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#credibility-reason'")
    assert focused(page) == "credibility-reason"  # the link put the focus into the field
    page.keyboard.type("The date of the arrest was not put to the applicant.")
    page.get_by_role("button", name="Save the rating").press("Enter")
    page.wait_for_selector("[role=status]")
    assert "Saved: 7 areas changed." in page.locator("[role=status]").inner_text()
    assert page.locator("#credibility-minor").is_checked()
    screenshot(page, "rating-saved-en")
    found = serious_violations(page)
    if found:
        problems["rating-saved-en"] = found

    for language in ("en", "de"):
        page.goto(f"/web/language/{language}?next=/web/ratings%3Fby%3Dinterviewer")
        chart = page.locator("svg[role=img]")
        assert chart.count() == 1
        assert page.locator("table.ratings-summary tbody tr").count() == 1
        # The legend's keys and names do not run into each other, and stay inside the chart.
        overlaps = chart.evaluate(OVERLAPS)
        assert overlaps == [], (language, overlaps)
        screenshot(page, f"ratings-chart-{language}")
        found = serious_violations(page)
        if found:
            problems[f"ratings-summary-{language}"] = found
    assert problems == {}
    rows = admin.scalar(
        "SELECT count(*) FROM quality_ratings WHERE transcript_id = :t AND value = 'minor'",
        t=transcript,
    )
    assert rows == 1
    context.close()
