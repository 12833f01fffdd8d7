"""A real browser for the supervisor pages: Playwright driving Debian's chromium.

Playwright's own browser downloads are not reachable here; `installer/system-deps.sh test`
(part of `make test`) installs the `chromium` package where it is missing. If it still cannot
be started, the tests fail and say why: never a silent skip."""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"  # git-ignored
# axe-core impacts that fail a page; "moderate" and "minor" are reported, not failed.
FAILING_IMPACTS = ("serious", "critical")


def launch_browser():
    """(playwright, browser); fails the test with a clear message when chromium is missing
    or does not start."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as exc:  # pragma: no cover - a dev dependency
        pytest.fail(f"playwright is not installed ({exc}); run `make setup`.", pytrace=False)
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's chromium package. "
            "Install it with `sh installer/system-deps.sh test` (as root) or `make test`.",
            pytrace=False,
        )
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Error as exc:
        playwright.stop()
        pytest.fail(f"{CHROMIUM} could not be started by Playwright: {exc}", pytrace=False)
    return playwright, browser


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical findings on the page, one readable line each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} - "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:5])
        for v in results.response["violations"]
        if v.get("impact") in FAILING_IMPACTS
    ]


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
