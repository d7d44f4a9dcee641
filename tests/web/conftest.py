"""One server over the demo store and one Chromium for the browser tests. Every request the page
makes to anything but the local server is aborted and recorded: the app must work offline."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from eventatlas.api.app import create_app
from tests.loopback import serving

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
DIST = Path(__file__).resolve().parents[2] / "eventatlas" / "web" / "static" / "dist"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Every violation of the page's Content-Security-Policy, told to the test as it happens.
REPORT_BLOCKED = """document.addEventListener('securitypolicyviolation', (e) =>
  window.reportBlocked(
    `${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));"""


@dataclass
class Server:
    url: str

    def api(self, path: str, **params: str) -> dict:
        """What the API itself answers, to compare the page against."""
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v})
        with urllib.request.urlopen(f"{self.url}{path}?{query}", timeout=30) as response:
            return json.load(response)


@dataclass
class BrowserLog:
    """What went wrong in the browser: requests that left the machine, errors on the console,
    and what the Content-Security-Policy blocked."""

    offsite: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def server(demo_db):
    if not (DIST / "app.js").exists():
        pytest.fail("the web app is not built: cd eventatlas/web && npm ci && npm run build")
    with serving(create_app(demo_db)) as url:
        yield Server(url)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def session_log() -> BrowserLog:
    return BrowserLog()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def log() -> BrowserLog:
    return BrowserLog()


@pytest.fixture
def page(browser, server, log, session_log):
    # Reduced motion: the map zooms and spreads clusters at once, so no test waits on an animation.
    context = browser.new_context(
        base_url=server.url,
        viewport={"width": 1400, "height": 900},
        locale="en-GB",
        reduced_motion="reduce",
    )

    def guard(route):
        if urllib.parse.urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            for each in (log, session_log):
                each.offsite.append(route.request.url)
            route.abort()

    def console(message):
        if message.type == "error":
            for each in (log, session_log):
                each.errors.append(f"console: {message.text} ({message.location.get('url')})")

    def page_error(error):
        for each in (log, session_log):
            each.errors.append(f"page error: {error}")

    def blocked(text):
        for each in (log, session_log):
            each.blocked.append(text)

    context.route("**/*", guard)
    context.expose_function("reportBlocked", blocked)
    context.add_init_script(REPORT_BLOCKED)
    page = context.new_page()
    page.on("console", console)
    page.on("pageerror", page_error)
    page.set_default_timeout(15_000)
    yield page
    context.close()
