"""Every main page renders in a real browser without console errors, is usable by keyboard and
labels, reads on a phone, and is saved as a screenshot for review."""
from __future__ import annotations

import uuid

import pytest

PHONE = {"width": 390, "height": 844}
PAGES = [("home", "/"), ("signup", "/signup"), ("login", "/login"), ("problems", "/problems"),
         ("problem", "/problems/group-anagrams"), ("mocks", "/mocks"), ("dashboard", "/dashboard"),
         ("profile", "/profile")]

UNLABELLED = """() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
    .filter(el => el.offsetParent !== null || el.closest('details'))
    .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
    .map(el => el.name || el.id)"""


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["laptop", "phone"])
def test_main_pages_render_cleanly(make_page, viewport):
    web = make_page(viewport)
    web.goto("/")
    web.screenshot("home" + ("-phone" if viewport else ""))
    web.sign_up(f"eve{uuid.uuid4().hex[:8]}")
    for name, path in PAGES:
        web.goto(path)
        page = web.page
        assert page.locator("h1").count() == 1, f"{path}: one h1 per page"
        assert page.evaluate(UNLABELLED) == [], f"{path}: every field has a label"
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"{path}: the page scrolls sideways by {overflow}px"
        web.screenshot(name + ("-phone" if viewport else ""))


def test_keyboard_reaches_the_editor_and_the_buttons(make_page):
    web = make_page()
    web.sign_up(f"fay{uuid.uuid4().hex[:8]}")
    web.goto("/problems/two-sum")
    page = web.page
    page.keyboard.press("Tab")  # the first stop is the skip link
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    seen = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        seen.add(page.evaluate("document.activeElement.className + '|' + (document.activeElement.value || '')"))
        if any("cm-content" in s for s in seen):
            break
    assert any("cm-content" in s for s in seen), seen
    page.keyboard.press("Escape")  # CodeMirror: Escape, then Tab leaves the editor
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.tagName + ':' + (document.activeElement.value || '')")
    assert focused in {"SUMMARY:", "INPUT:1", "BUTTON:run"}, focused
