"""Browser tests: the real app served by `flask run` in a subprocess, driven by Playwright through
Debian's chromium (never a downloaded browser).

They skip, with the reason, when chromium or the editor bundle is missing, and fail instead when
``CI=true`` (.ci/run installs chromium and `make test` builds the bundle). Screenshots of the pages
go to ``test-artifacts/screenshots/`` (``ARTIFACTS_DIR`` overrides the folder).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "app" / "web" / "static" / "dist" / "app.js"
SOLUTIONS = ROOT / "tests" / "judge" / "leetcode_solutions"
IN_CI = os.environ.get("CI", "").lower() == "true"
# Two easy and two medium algorithm problems (a 15-minute mock draws one medium), one numeric
# and one choice question.
BANK = ("two-sum", "contains-duplicate", "group-anagrams", "top-k-frequent-elements",
        "dice-moves-variance", "bagging-vs-boosting-bias-variance")


def _chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM_PATH"), "chromium", "chromium-browser"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    return None


def _missing() -> str | None:
    if _chromium() is None:
        return "chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)"
    if not BUNDLE.exists():
        return "the editor bundle is not built (make bundle)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="session")
def browser_ready():
    reason = _missing()
    if reason:
        if IN_CI:
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _flask(env: dict, *args: str, timeout: float = 600) -> None:
    done = subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"flask {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")


@pytest.fixture(scope="session")
def live_server(browser_ready, tmp_path_factory):
    """The app on a free port with a fresh SQLite database and a small bank; yields its base URL."""
    from app.bank.loader import PROBLEMS_ROOT

    home = tmp_path_factory.mktemp("live")
    bank = home / "bank"
    for toml in PROBLEMS_ROOT.rglob("problem.toml"):
        if toml.parent.name in BANK:
            shutil.copytree(toml.parent, bank / toml.parent.name)
    database = f"sqlite:///{home / 'app.db'}"
    env = {**os.environ, "DATABASE_URL": database, "SECRET_KEY": "browser-tests",
           "MOCK_PAGE_SYNC_SECONDS": "1", "SUBMISSION_RATE_LIMIT": "1000 per minute"}
    _flask(env, "db", "upgrade")
    _flask(env, "bank", "sync", "--root", str(bank), timeout=600)
    port = _free_port()
    log = open(home / "server.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "flask", "--app", "wsgi", "run", "--port", str(port),
                               "--no-reload"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, server)
        yield {"url": base, "database": database}
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _wait_healthy(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode}")
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("the server did not answer /api/health within 60 s")


@pytest.fixture(scope="session")
def browser(live_server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where chromium refuses its own sandbox.
        browser = playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        yield browser
        browser.close()


class Page:
    """A fresh browser context (its own cookies) whose console errors fail the test."""

    def __init__(self, browser, base: str, viewport=None) -> None:
        self.context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.page.set_default_timeout(20_000)
        self.base = base
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}")
                     if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))

    def goto(self, path: str):
        response = self.page.goto(self.base + path)
        assert response is not None and response.ok, f"{path}: {response.status if response else 'no response'}"
        return response

    def screenshot(self, name: str) -> Path:
        folder = Path(os.environ.get("ARTIFACTS_DIR", ROOT / "test-artifacts")) / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def sign_up(self, username: str, password: str = "correct horse battery") -> None:
        self.goto("/signup")
        self.page.get_by_label("Username").fill(username)
        self.page.get_by_label("Password").fill(password)
        self.page.get_by_role("button", name="Sign up").click()
        self.page.wait_for_url("**/problems")

    def type_code(self, code: str) -> None:
        """Replace the editor's text as a user would: focus it, select all, type."""
        editor = self.page.locator(".cm-content")
        editor.click()
        self.page.keyboard.press("Control+a")
        self.page.keyboard.press("Delete")
        # insert_text types the whole text as one input event: CodeMirror's auto-indent and
        # bracket closing (which act on keystrokes) do not rewrite it.
        self.page.keyboard.insert_text(code)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def make_page(browser, live_server):
    pages: list[Page] = []

    def make(viewport=None) -> Page:
        page = Page(browser, live_server["url"], viewport)
        pages.append(page)
        return page

    yield make
    errors = [error for page in pages for error in page.errors]
    for page in pages:
        page.close()
    assert not errors, "console errors on the pages: " + "; ".join(errors)


def solution(slug: str) -> str:
    return (SOLUTIONS / f"{slug}.py").read_text()
