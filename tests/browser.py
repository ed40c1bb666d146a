"""Headless Chromium for browser tests (the simulator, the console): import the fixtures you need.

    from browser import browser, page  # noqa: F401  (pytest fixtures)

Debian's /usr/bin/chromium is driven by the playwright Python package through `executable_path`
(never `playwright install`). Without chromium the tests skip, saying why — unless
`TSUNAGU_REQUIRE_BROWSER=1` (CI), where a missing browser is a failure. The `page` fixture fails the
test when the page threw a JavaScript error or logged one to the console.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM = os.environ.get("TSUNAGU_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def chromium_path() -> str:
    """The chromium executable, or skip (fail under TSUNAGU_REQUIRE_BROWSER=1) when there is none."""
    path = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    if path:
        return path
    reason = f"chromium not found at {CHROMIUM} (apt-get install chromium): browser tests skipped"
    if os.environ.get("TSUNAGU_REQUIRE_BROWSER") == "1":
        pytest.fail(reason.replace("skipped", "REQUIRED by TSUNAGU_REQUIRE_BROWSER=1"))
    pytest.skip(reason)


# One Playwright and one Chromium per test process. Each module that imports `browser` gets its own copy
# of the fixture (pytest keys fixtures by where they are defined), and a second sync_playwright() while the
# first is alive fails; so the copies share this instance and the last one to finish closes it.
_SHARED: dict[str, Any] = {}


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session (shared by every module that imports this fixture)."""
    path = chromium_path()
    if not _SHARED:
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        try:
            _SHARED["browser"] = pw.chromium.launch(executable_path=path, headless=True, args=ARGS)
        except BaseException:
            pw.stop()
            raise
        _SHARED.update(playwright=pw, users=0)
    _SHARED["users"] += 1
    try:
        yield _SHARED["browser"]
    finally:
        _SHARED["users"] -= 1
        if _SHARED["users"] == 0:
            try:
                _SHARED["browser"].close()
            finally:
                _SHARED["playwright"].stop()
                _SHARED.clear()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh browser context and page (phone-ish viewport, Japanese locale, Tokyo time)."""
    context = browser.new_context(
        viewport={"width": 1100, "height": 860}, locale="ja-JP", timezone_id="Asia/Tokyo"
    )
    context.set_default_timeout(10_000)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))

    def on_console(msg: Any) -> None:
        # A browser's own favicon probe is not the page's fault.
        if msg.type == "error" and not str(msg.location.get("url", "")).endswith("/favicon.ico"):
            errors.append(f"console.error: {msg.text} ({msg.location.get('url', '')})")

    pg.on("console", on_console)
    try:
        yield pg
    finally:
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
