"""What a learner does in the browser, end to end, against the real server and judge."""
from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tests.browser.conftest import solution

WRONG_TWO_SUM = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Wrong on purpose: the first two positions are rarely the pair.
        return [0, 1]
"""

RIGHT_TWO_SUM = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


def _name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


def _record_judging_states(page) -> None:
    """Remember, each time the result panel changes, whether a verdict was pending and whether
    Run and Submit were disabled then (a spinner and a disabled state while judging)."""
    page.evaluate("""() => {
        window.judgingStates = [];
        new MutationObserver(() => {
            const pending = document.querySelector('#result [data-pending]') !== null;
            const disabled = [...document.querySelectorAll('#solve-form button[name=mode]')].every(b => b.disabled);
            window.judgingStates.push({pending, disabled, spinner: document.querySelector('#result .spinner') !== null});
        }).observe(document.getElementById('result'), {childList: true, subtree: true, attributes: true});
    }""")


def test_new_user_solves_two_sum_and_sees_the_streak(make_page):
    web = make_page()
    web.sign_up(_name("ann"))
    page = web.page
    page.get_by_role("link", name="Two Sum").click()
    page.wait_for_url("**/problems/two-sum")
    assert page.locator(".cm-editor").is_visible()  # the CodeMirror editor, not the fallback textarea
    assert "class Solution" in page.locator(".cm-content").inner_text()  # the starter code

    web.type_code(WRONG_TWO_SUM)
    _record_judging_states(page)
    page.get_by_role("button", name=re.compile("^Submit")).click()
    panel = page.locator("#result [data-state=done]")
    panel.wait_for()
    assert panel.get_attribute("data-verdict") == "WA"
    assert page.locator("#result .verdict").inner_text() == "Wrong Answer"
    failing_input = page.locator("#result .case-input").inner_text()
    expected = page.locator("#result .case-expected").inner_text()
    actual = page.locator("#result .case-actual").inner_text()
    assert failing_input.strip() and expected != actual and actual == "[0,1]"
    states = page.evaluate("window.judgingStates")
    assert any(s["pending"] and s["disabled"] and s["spinner"] for s in states), states
    assert page.get_by_role("button", name=re.compile("^Submit")).is_enabled()  # enabled again after
    web.screenshot("problem-wrong-answer")

    web.type_code(RIGHT_TWO_SUM)
    page.keyboard.press("Control+Shift+Enter")  # the submit shortcut, from inside the editor
    page.locator("#result [data-verdict=AC]").wait_for()
    assert page.locator("#result .verdict").inner_text() == "Accepted"
    assert re.search(r"(\d+) / \1 tests passed", page.locator("#result .passed").inner_text())
    assert "against the reference" in page.locator("#result .runtime").inner_text()
    web.screenshot("problem-accepted")

    page.reload()  # the last submission comes back in the editor
    assert "for" in page.locator(".cm-content").inner_text() and "[0, 1]" not in page.locator(".cm-content").inner_text()

    web.goto("/dashboard")
    assert page.get_by_test_id("current-streak").inner_text() == "1-day streak"
    assert page.get_by_test_id("recent-solved").get_by_role("link", name="Two Sum").is_visible()
    assert page.locator("svg .hm-cell:not(.hm-0)").count() == 1  # today on the heatmap
    web.screenshot("dashboard")

    web.goto("/problems?status=solved")
    rows = page.locator("table.problem-table tbody tr[data-slug]")
    assert rows.count() == 1 and rows.first.get_attribute("data-slug") == "two-sum"


def test_run_with_custom_input_and_hints(make_page):
    web = make_page()
    web.sign_up(_name("ben"))
    web.goto("/problems/two-sum")
    page = web.page
    page.get_by_role("button", name=re.compile("Show hint 1")).click()
    page.locator("#hints li").first.wait_for()
    assert page.locator("#hints li").count() == 1
    assert page.get_by_role("button", name=re.compile("Show hint 2")).is_visible()

    web.type_code(RIGHT_TWO_SUM)
    page.get_by_role("button", name=re.compile("^Run")).click()
    page.locator("#result [data-verdict=AC]").wait_for()
    examples = int(re.search(r"/ (\d+)", page.locator("#result .passed").inner_text()).group(1))

    page.locator("summary", has_text="Custom input").click()
    page.get_by_label("Also run on this input").check()
    page.locator("#custom_input").fill("[3,2,4]\n6")
    page.locator("#custom_input").focus()
    page.keyboard.press("Control+Enter")  # the run shortcut works outside the editor too
    page.locator(f"#result [data-verdict=AC] >> text={examples + 1} / {examples + 1}").wait_for()
    assert page.locator("#result .panel-kind").inner_text().lower() == "run"

    page.locator("#custom_input").fill("[3,2,4]")  # target missing
    page.get_by_role("button", name=re.compile("^Run")).click()
    error = page.locator("#result [data-state=error]")
    error.wait_for()
    assert "2 line(s) per case" in error.inner_text()


def test_numeric_and_choice_questions_show_explanations(make_page):
    web = make_page()
    web.sign_up(_name("cat"))
    page = web.page
    web.goto("/problems/dice-moves-variance")
    page.get_by_label(re.compile("Your answer")).fill("not a number")
    page.get_by_role("button", name="Answer").click()
    page.locator("#result [data-state=error]").wait_for()
    assert "not understood" in page.locator("#result").inner_text()
    page.get_by_label(re.compile("Your answer")).fill("1")
    page.get_by_role("button", name="Answer").click()
    page.locator("#result [data-state=done]").wait_for()
    assert page.locator("#result .explanation").is_visible()
    web.screenshot("question-numeric")

    web.goto("/problems/bagging-vs-boosting-bias-variance")
    page.locator("input[name=answer]").first.check()
    page.get_by_role("button", name="Answer").click()
    page.locator("#result [data-state=done]").wait_for()
    assert page.locator("#result .options li").count() == page.locator("input[name=answer]").count()
    web.screenshot("question-choice")


def _shorten_mock(database: str, mock_id: int, seconds: float) -> None:
    """Move the mock's deadline to a few seconds from now, as if the time had passed."""
    from app.models import Mock
    engine = sa.create_engine(database)
    with Session(engine) as session:
        mock = session.get(Mock, mock_id)
        mock.ends_at = datetime.now(timezone.utc) + timedelta(seconds=seconds)
        session.commit()
    engine.dispose()


def test_mock_interview_counts_down_accepts_and_reports(make_page, live_server):
    web = make_page()
    web.sign_up(_name("dan"))
    page = web.page
    web.goto("/mocks")
    page.get_by_label("Minutes").fill("15")
    page.get_by_role("button", name="Start the clock").click()
    page.wait_for_url(re.compile(r".*/mocks/\d+$"))
    mock_id = int(page.url.rsplit("/", 1)[1])

    countdown = page.locator("#countdown")
    first = countdown.inner_text()
    assert re.fullmatch(r"1[45]:\d\d", first), first
    page.wait_for_function("first => document.getElementById('countdown').textContent !== first", arg=first)
    web.screenshot("mock-running")

    tab = page.locator("nav.tabs a[aria-current=page]")
    slug = page.locator("#solve-form").get_attribute("action").split("/")[2]
    web.type_code(solution(slug))
    page.get_by_role("button", name=re.compile("^Submit")).click()
    panel = page.locator("#result [data-state=done]")
    panel.wait_for()
    assert panel.get_attribute("data-verdict") == "hidden"  # during a mock: passed/total only
    assert re.search(r"(\d+) / \1 tests passed", panel.inner_text())
    page.reload()
    assert tab.locator(".mark-solved").count() == 1

    _shorten_mock(live_server["database"], mock_id, seconds=4)
    # The page re-reads the deadline (every second here), counts down to zero and shows the report.
    page.wait_for_selector("h1:text('Mock report')", timeout=30_000)
    assert "Solved 1 of 1" in page.locator(".report-summary").inner_text()
    web.screenshot("mock-report")
