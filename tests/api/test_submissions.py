"""Submissions through the API: stored, judged in the background, polled, private to their owner."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import DailyActivity, ProblemProgress

from tests.api.conftest import Account

TWO_SUM = """
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, n in enumerate(nums):
            if target - n in seen:
                return [seen[target - n], i]
            seen[n] = i
"""
WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"


@pytest.fixture
def ann(judged_app):
    return Account(judged_app.test_client(), "ann")


def _submit(account, **body):
    body.setdefault("problem", "two-sum")
    body.setdefault("mode", "submit")
    response = account.client.post("/api/submissions", json=body, headers=account.bearer)
    return response


def _verdict(account, submission_id):
    response = account.client.get(f"/api/submissions/{submission_id}?wait=20", headers=account.bearer)
    assert response.status_code == 200
    return response.get_json()


def test_submit_is_accepted_and_recorded(judged_app, ann):
    response = _submit(ann, code=TWO_SUM)
    assert response.status_code == 202
    created = response.get_json()
    assert created["status"] in ("queued", "running", "done")
    result = _verdict(ann, created["id"])
    assert result["status"] == "done" and result["verdict"] == "AC"
    assert result["passed"] == result["total"] >= 15 and result["runtime_ms"] >= 0
    streak = ann.client.get("/api/me/streak", headers=ann.bearer).get_json()
    assert streak["current"] == 1 and streak["solved"]["total"] == 1
    assert streak["solved"]["by_difficulty"]["Easy"] == 1 and streak["solved"]["by_topic"] == {"arrays-hashing": 1}
    with judged_app.app_context():
        progress = db.session.scalar(select(ProblemProgress))
        assert progress.solved_at is not None and progress.attempts_to_first_ac == 1
        assert db.session.scalar(select(DailyActivity)).accepted == 1


def test_wrong_answer_shows_only_the_first_failing_case(ann):
    result = _verdict(ann, _submit(ann, code=WRONG).get_json()["id"])
    assert result["verdict"] == "WA"
    failure = result["first_failure"]
    assert set(failure) >= {"input", "expected", "actual"} and failure["actual"] == [0, 1]


def test_run_mode_judges_samples_and_custom_inputs(ann):
    response = _submit(ann, code=TWO_SUM, mode="run", tests=[{"args": [[1, 5, 9], 14]}])
    result = _verdict(ann, response.get_json()["id"])
    assert result["verdict"] == "AC" and result["total"] <= 4


def test_custom_input_the_reference_cannot_run_is_refused(ann):
    response = _submit(ann, code=TWO_SUM, mode="run", tests=[{"args": [[1, 2], "nine"]}])
    assert response.status_code == 422 and "custom test 0" in response.get_json()["error"]["message"]
    wrong_shape = _submit(ann, code=TWO_SUM, mode="run", tests=[{"args": [[1, 2]]}])
    assert wrong_shape.status_code == 422


def test_another_users_submission_is_not_found(judged_app, ann):
    submission_id = _submit(ann, code=TWO_SUM).get_json()["id"]
    bob = Account(judged_app.test_client(), "bob")
    response = bob.client.get(f"/api/submissions/{submission_id}", headers=bob.bearer)
    assert response.status_code == 404
    assert TWO_SUM not in response.get_data(as_text=True)
    listed = bob.client.get("/api/submissions", headers=bob.bearer).get_json()
    assert listed["total"] == 0


def test_no_token_and_revoked_token_are_401(judged_app, ann):
    anonymous = judged_app.test_client()
    assert anonymous.post("/api/submissions", json={"problem": "two-sum", "code": TWO_SUM}).status_code == 401
    token_id = ann.client.get("/api/me/tokens", headers=ann.bearer).get_json()["items"][0]["id"]
    assert ann.client.delete(f"/api/me/tokens/{token_id}", headers=ann.bearer).status_code == 204
    assert _submit(ann, code=TWO_SUM).status_code == 401


@pytest.mark.parametrize("body, status", [
    ({"problem": "no-such-problem", "code": TWO_SUM}, 404),
    ({"problem": "two-sum", "code": "x" * (65 * 1024)}, 413),
    ({"problem": "two-sum", "code": TWO_SUM, "mode": "debug"}, 422),
    ({"problem": "two-sum"}, 422),
    ({"problem": "two-sum", "code": TWO_SUM, "mode": "submit", "tests": [{"args": [[1], 1]}]}, 422),
])
def test_bad_submissions_get_clear_errors(ann, body, status):
    response = ann.client.post("/api/submissions", json=body, headers=ann.bearer)
    assert response.status_code == status
    assert response.get_json()["error"]["message"]


def test_history_with_filters(ann):
    for code in (TWO_SUM, WRONG):
        _verdict(ann, _submit(ann, code=code).get_json()["id"])
    everything = ann.client.get("/api/submissions", headers=ann.bearer).get_json()
    assert everything["total"] == 2 and all(item["code"] is None for item in everything["items"])
    accepted = ann.client.get("/api/submissions?verdict=AC", headers=ann.bearer).get_json()
    assert accepted["total"] == 1 and accepted["items"][0]["verdict"] == "AC"
    assert ann.client.get("/api/submissions?verdict=XX", headers=ann.bearer).status_code == 422
    assert ann.client.get("/api/submissions?page=100000", headers=ann.bearer).get_json()["items"] == []
    assert ann.client.get("/api/submissions?page=712462027712873984", headers=ann.bearer).status_code == 422


def test_design_problem_submission(ann):
    code = ("class MinStack:\n    def __init__(self):\n        self.s = []\n"
            "    def push(self, val):\n        self.s.append((val, min(val, self.s[-1][1]) if self.s else val))\n"
            "    def pop(self):\n        self.s.pop()\n    def top(self):\n        return self.s[-1][0]\n"
            "    def getMin(self):\n        return self.s[-1][1]\n")
    result = _verdict(ann, _submit(ann, problem="min-stack", code=code).get_json()["id"])
    assert result["verdict"] == "AC"


def test_submission_rate_limit_is_429_with_retry_after(judged_app, ann):
    judged_app.config["SUBMISSION_RATE_LIMIT"] = "2 per minute"
    statuses = [_submit(ann, code=TWO_SUM).status_code for _ in range(3)]
    assert statuses == [202, 202, 429]
    response = _submit(ann, code=TWO_SUM)
    assert response.status_code == 429 and int(response.headers["Retry-After"]) > 0
    assert response.get_json()["error"]["code"] == "too_many_requests"
    bob = Account(judged_app.test_client(), "bob")  # limits are per user
    assert _submit(bob, code=TWO_SUM).status_code == 202


def test_oversized_request_body_is_413_json(ann):
    body = '{"problem": "two-sum", "mode": "submit", "code": "' + "x" * (300 * 1024) + '"}'
    response = ann.client.post("/api/submissions", data=body, content_type="application/json",
                               headers=ann.bearer)
    assert response.status_code == 413 and response.get_json()["error"]["code"] == "request_entity_too_large"


def test_too_many_custom_tests_are_refused(ann):
    response = _submit(ann, code=TWO_SUM, mode="run", tests=[{"args": [[1, 2], 3]}] * 11)
    assert response.status_code == 422 and "at most 10" in response.get_json()["error"]["message"]


def test_a_submission_stored_before_a_restart_is_judged_when_the_judge_starts(judged_app, ann):
    """Stored but never handed to a judge (the process died): the next judge start picks it up."""
    import time

    from app.models import Submission, User
    from app.services import submissions
    with judged_app.app_context():
        user = db.session.scalar(select(User).where(User.username == "ann"))
        stored = submissions.create(db.session, None, user, "two-sum", "submit", TWO_SUM, 65536).id
    judged_app.extensions["judge"]._ensure_started()  # what the first submission after a restart does
    for _ in range(400):
        with judged_app.app_context():
            row = db.session.get(Submission, stored)
            if row.status == "done":
                break
        time.sleep(0.05)
    assert (row.status, row.verdict) == ("done", "AC")
