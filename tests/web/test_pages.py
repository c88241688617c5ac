"""The pages through Flask's test client: sign-in, forms without JavaScript, htmx fragments, and
attacks on them (forged forms, open redirects, other users' data, oversized and hostile input)."""
from __future__ import annotations

import re
import time

import pytest

RIGHT = """class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


def _csrf(client, path: str = "/login") -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def sign_up(client, username: str, password: str = "correct horse battery"):
    return client.post("/signup", data={"username": username, "password": password, "timezone": "Europe/Paris",
                                        "csrf_token": _csrf(client, "/signup")})


@pytest.fixture
def web(judged_app):
    client = judged_app.test_client()
    assert sign_up(client, "ann").status_code == 302
    client.csrf = _csrf(client, "/problems")
    return client


def _wait_done(client, submission_id: int) -> str:
    for _ in range(100):
        html = client.get(f"/submissions/{submission_id}/panel").get_data(as_text=True)
        if 'data-state="done"' in html:
            return html
        time.sleep(0.1)
    raise AssertionError("no verdict")


def test_anonymous_pages_and_sign_in_redirect(client):
    for path in ("/", "/signup", "/login", "/problems"):
        assert client.get(path).status_code == 200, path
    response = client.get("/dashboard")
    assert response.status_code == 302 and response.headers["Location"] == "/login?next=/dashboard"


def test_signup_errors_are_shown_with_their_status(client):
    assert sign_up(client, "ann").status_code == 302
    other = client.application.test_client()
    taken = sign_up(other, "ann")
    assert taken.status_code == 409 and "this username is taken" in taken.get_data(as_text=True)
    short = sign_up(other, "bob", password="short")
    assert short.status_code == 422 and "use 8 to 256 characters" in short.get_data(as_text=True)
    zone = other.post("/signup", data={"username": "cat", "password": "correct horse", "timezone": "Mars/Base",
                                       "csrf_token": _csrf(other, "/signup")})
    assert zone.status_code == 422 and "unknown time zone" in zone.get_data(as_text=True)


def test_forms_without_the_csrf_token_are_refused(client):
    response = client.post("/signup", data={"username": "ann", "password": "correct horse battery"})
    assert response.status_code == 400 and "Reload the page" in response.get_data(as_text=True)
    assert client.get("/dashboard").status_code == 302  # no account was made, no session started
    sign_up(client, "ann")
    forged = client.post("/logout", data={"csrf_token": "guess"})
    assert forged.status_code == 400
    assert client.get("/dashboard").status_code == 200  # still signed in


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"])
def test_login_never_redirects_off_site(client, target):
    sign_up(client, "ann")
    client.post("/logout", data={"csrf_token": _csrf(client, "/problems")})
    response = client.post("/login", data={"username": "ann", "password": "correct horse battery", "next": target,
                                           "csrf_token": _csrf(client)})
    assert response.status_code == 302 and response.headers["Location"] == "/dashboard"


def test_login_with_a_wrong_password_and_back_to_the_page_asked_for(client):
    sign_up(client, "ann")
    client.post("/logout", data={"csrf_token": _csrf(client, "/problems")})
    wrong = client.post("/login", data={"username": "ann", "password": "nope", "csrf_token": _csrf(client)})
    assert wrong.status_code == 401 and "wrong password" in wrong.get_data(as_text=True)
    right = client.post("/login", data={"username": "ann", "password": "correct horse battery",
                                        "next": "/mocks", "csrf_token": _csrf(client)})
    assert right.headers["Location"] == "/mocks"


def test_profile_changes_the_time_zone(web):
    assert web.post("/profile", data={"timezone": "Asia/Tokyo", "csrf_token": web.csrf}).status_code == 302
    assert "Asia/Tokyo" in web.get("/dashboard").get_data(as_text=True)
    bad = web.post("/profile", data={"timezone": "../../etc/passwd", "csrf_token": web.csrf})
    assert bad.status_code == 422 and "unknown time zone" in bad.get_data(as_text=True)


def test_submit_without_javascript_redirects_to_the_verdict(web):
    response = web.post("/problems/two-sum/submissions", data={"code": RIGHT, "mode": "submit",
                                                              "csrf_token": web.csrf})
    assert response.status_code == 302
    submission_id = int(re.search(r"submission=(\d+)", response.headers["Location"]).group(1))
    _wait_done(web, submission_id)
    page = web.get(response.headers["Location"]).get_data(as_text=True)
    assert 'data-verdict="AC"' in page and "Accepted" in page
    assert "seen[target - x]" in page  # the last submission is restored into the editor


def test_htmx_run_returns_a_polling_panel_then_the_failing_case(web):
    wrong = RIGHT.replace("return [seen[target - x], i]", "return [i, i]")
    response = web.post("/problems/two-sum/submissions", data={"code": wrong, "mode": "run", "csrf_token": web.csrf},
                        headers={"HX-Request": "true"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "data-pending" in html and 'hx-trigger="load"' in html
    submission_id = int(re.search(r"/submissions/(\d+)/panel", html).group(1))
    panel = _wait_done(web, submission_id)
    assert 'data-verdict="WA"' in panel and "Failing case" in panel
    assert 'class="case-expected"' in panel and 'class="case-actual"' in panel


def test_the_page_works_without_the_bundle(web, monkeypatch, tmp_path):
    import app.web as pages
    monkeypatch.setattr(pages, "BUNDLE", tmp_path / "missing.js")
    html = web.get("/problems/two-sum").get_data(as_text=True)
    assert "dist/app.js" not in html  # no request for a script that is not there
    assert re.search(r'<textarea id="code" name="code"[^>]*>', html)  # the plain editor


def test_hostile_code_is_escaped_when_shown_again(web):
    code = RIGHT + "# </textarea><script>alert(1)</script>\n"
    web.post("/problems/two-sum/submissions", data={"code": code, "mode": "run", "csrf_token": web.csrf})
    html = web.get("/problems/two-sum").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;/textarea&gt;&lt;script&gt;" in html


def test_refused_submissions_say_why(web, judged_app):
    huge = "x = 1\n" * (judged_app.config["MAX_CODE_BYTES"] // 6 + 10)
    plain = web.post("/problems/two-sum/submissions", data={"code": huge, "mode": "submit", "csrf_token": web.csrf})
    assert plain.status_code == 413 and "larger than" in plain.get_data(as_text=True)
    assert "x = 1\nx = 1" in plain.get_data(as_text=True)  # what was typed comes back, not lost
    htmx = web.post("/problems/two-sum/submissions", data={"code": RIGHT, "mode": "run", "use_custom": "1",
                                                          "custom_input": "[1,2]\nnot json", "csrf_token": web.csrf},
                    headers={"HX-Request": "true"})
    assert htmx.status_code == 200 and "line 2 is not a JSON value" in htmx.get_data(as_text=True)
    missing = web.post("/problems/no-such-problem/submissions", data={"code": RIGHT, "csrf_token": web.csrf})
    assert missing.status_code == 404


def test_another_users_submission_and_mock_are_not_found(web, judged_app):
    response = web.post("/problems/two-sum/submissions", data={"code": RIGHT, "mode": "run", "csrf_token": web.csrf})
    submission_id = int(re.search(r"submission=(\d+)", response.headers["Location"]).group(1))
    web.post("/mocks", data={"kind": "dsa", "minutes": "15", "csrf_token": web.csrf})
    mock_id = int(re.search(r"/mocks/(\d+)", web.get("/mocks").get_data(as_text=True)).group(1))
    other = judged_app.test_client()
    sign_up(other, "mallory")
    assert other.get(f"/submissions/{submission_id}/panel").status_code == 404
    assert "seen[target" not in other.get(f"/problems/two-sum?submission={submission_id}").get_data(as_text=True)
    assert other.get(f"/mocks/{mock_id}").status_code == 404
    assert other.post(f"/mocks/{mock_id}/finish", data={"csrf_token": _csrf(other, "/problems")}).status_code == 404
    assert other.get("/mocks/99999999999").status_code == 404


def test_hints_are_revealed_one_at_a_time(web):
    first = web.post("/problems/two-sum/hints", data={"csrf_token": web.csrf}, headers={"HX-Request": "true"})
    html = first.get_data(as_text=True)
    assert first.status_code == 200 and html.count("<li>") == 1 and "Show hint 2 of" in html
    page = web.get("/problems/two-sum").get_data(as_text=True)
    assert page.count("<li>") >= 1 and "Show hint 2 of" in page


def test_problem_filters_and_bad_filters(web):
    found = web.get("/problems?q=two", headers={"HX-Request": "true", "HX-Target": "problem-results"})
    html = found.get_data(as_text=True)
    assert 'data-slug="two-sum"' in html and 'data-slug="min-stack"' not in html and "<form" not in html
    bad = web.get("/problems?topic=no-such-topic")
    assert bad.status_code == 422 and "Unknown topic" in bad.get_data(as_text=True)


def test_mock_pages_start_refuse_and_report(web):
    too_short = web.post("/mocks", data={"kind": "dsa", "minutes": "5", "csrf_token": web.csrf})
    assert too_short.status_code == 422 and "minutes must be between" in too_short.get_data(as_text=True)
    started = web.post("/mocks", data={"kind": "dsa", "minutes": "15", "csrf_token": web.csrf})
    assert started.status_code == 302
    running = web.get(started.headers["Location"]).get_data(as_text=True)
    assert 'role="timer"' in running and "data-ends-at" in running and 'name="mock"' in running
    again = web.post("/mocks", data={"kind": "dsa", "minutes": "15", "csrf_token": web.csrf})
    assert again.status_code == 409 and "still running" in again.get_data(as_text=True)
    ended = web.post(started.headers["Location"] + "/finish", data={"csrf_token": web.csrf})
    report = web.get(ended.headers["Location"]).get_data(as_text=True)
    assert "Mock report" in report and "Solved <strong>0 of 1</strong>" in report


def test_unknown_pages_get_an_html_404(client):
    response = client.get("/problems/no-such-problem")
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert "no problem" in response.get_data(as_text=True).lower()


def test_pages_stay_out_of_the_api_document(client):
    paths = client.get("/api/openapi.json").get_json()["paths"]
    assert paths and all(path.startswith("/api/") for path in paths)


def test_runtime_errors_show_the_trimmed_traceback_and_stdout(web):
    crashing = ("class Solution:\n    def twoSum(self, nums, target):\n        print('looking at', len(nums))\n"
                "        return [nums[10**9], 0]\n")
    response = web.post("/problems/two-sum/submissions", data={"code": crashing, "mode": "run", "csrf_token": web.csrf})
    submission_id = int(re.search(r"submission=(\d+)", response.headers["Location"]).group(1))
    panel = _wait_done(web, submission_id)
    assert 'data-verdict="RE"' in panel and "Runtime Error" in panel
    traceback = re.search(r'<pre class="traceback">(.*?)</pre>', panel, re.S).group(1)
    assert "IndexError" in traceback and "Line 4 in twoSum" in traceback
    assert "app/judge" not in traceback and "harness" not in traceback  # trimmed to the learner's lines
    assert "looking at" in re.search(r"class=\"case-stdout\">(.*?)</pre>", panel, re.S).group(1)


def test_pages_and_api_share_one_submission_budget(web, judged_app):
    judged_app.config["SUBMISSION_RATE_LIMIT"] = "2 per minute"
    api = web.post("/api/submissions", json={"problem": "two-sum", "code": RIGHT, "mode": "run"},
                   headers={"X-CSRF-Token": web.csrf})
    assert api.status_code == 202
    assert web.post("/problems/two-sum/submissions", data={"code": RIGHT, "mode": "run",
                                                          "csrf_token": web.csrf}).status_code == 302
    plain = web.post("/problems/two-sum/submissions", data={"code": RIGHT, "mode": "run", "csrf_token": web.csrf})
    assert plain.status_code == 429 and "Too many submissions" in plain.get_data(as_text=True)
    htmx = web.post("/problems/two-sum/submissions", data={"code": RIGHT, "mode": "run", "csrf_token": web.csrf},
                    headers={"HX-Request": "true"})
    assert htmx.status_code == 200 and "Too many submissions" in htmx.get_data(as_text=True)
    assert web.post("/api/submissions", json={"problem": "two-sum", "code": RIGHT, "mode": "run"},
                    headers={"X-CSRF-Token": web.csrf}).status_code == 429


def test_a_solved_problem_is_marked_due_when_its_review_comes(web):
    import time_machine
    from datetime import datetime, timedelta, timezone

    response = web.post("/problems/two-sum/submissions", data={"code": RIGHT, "mode": "submit", "csrf_token": web.csrf})
    assert "data-verdict=\"AC\"" in _wait_done(web, int(re.search(r"submission=(\d+)", response.headers["Location"]).group(1)))
    listing = web.get("/problems").get_data(as_text=True)
    row = re.search(r'<tr data-slug="two-sum">.*?</tr>', listing, re.S).group(0)
    assert "mark-solved" in row and "mark-due" not in row
    # A month on (within the session's lifetime): the first interval of a quick solve is shorter.
    with time_machine.travel(datetime.now(timezone.utc) + timedelta(days=30), tick=True):
        later = web.get("/problems").get_data(as_text=True)
        row = re.search(r'<tr data-slug="two-sum">.*?</tr>', later, re.S).group(0)
        assert "mark-solved" in row and "mark-due" in row and "Due for review" in row
        dashboard = web.get("/dashboard").get_data(as_text=True)
        assert re.search(r'Reviews due.*?href="/problems/two-sum"', dashboard, re.S)
