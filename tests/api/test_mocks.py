"""Mock interviews through the API: the server's clock, hidden details, automatic end, the report."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest
import time_machine
from sqlalchemy import select

from app.extensions import db
from app.models import Mock

from tests.api.conftest import Account
from tests.api.test_submissions import TWO_SUM, WRONG

MIN_STACK = """
class MinStack:
    def __init__(self):
        self.items = []
    def push(self, val: int) -> None:
        self.items.append((val, min(val, self.items[-1][1]) if self.items else val))
    def pop(self) -> None:
        self.items.pop()
    def top(self) -> int:
        return self.items[-1][0]
    def getMin(self) -> int:
        return self.items[-1][1]
"""


@pytest.fixture
def ann(judged_app):
    return Account(judged_app.test_client(), "ann")


def _start(account, **body):
    return account.client.post("/api/mocks", json=body, headers=account.bearer)


def _submit(account, mock_id, problem="two-sum", code=TWO_SUM, mode="submit"):
    return account.client.post("/api/submissions", headers=account.bearer,
                               json={"problem": problem, "code": code, "mode": mode, "mock": mock_id})


def _wait_done(account, submission_id):
    for _ in range(400):
        body = account.client.get(f"/api/submissions/{submission_id}?wait=5", headers=account.bearer).get_json()
        if body["status"] == "done":
            return body
    raise AssertionError("not judged")


def test_mock_starts_with_a_server_deadline_and_its_problems(ann):
    response = _start(ann, kind="dsa", minutes=45)
    assert response.status_code == 201, response.get_json()
    mock = response.get_json()
    assert mock["status"] == "active" and mock["minutes"] == 45
    ends = datetime.fromisoformat(mock["ends_at"])
    started = datetime.fromisoformat(mock["started_at"])
    assert ends - started == timedelta(minutes=45)
    assert 44 * 60 < mock["remaining_seconds"] <= 45 * 60
    # 45 minutes: an Easy and a Medium; the bank here has exactly those two.
    assert [(p["problem"], p["difficulty"]) for p in mock["problems"]] == [("two-sum", "Easy"), ("min-stack", "Medium")]
    assert ann.client.get(f"/api/mocks/{mock['id']}", headers=ann.bearer).get_json()["id"] == mock["id"]


def test_only_one_mock_at_a_time_and_bad_settings_are_explained(ann):
    assert _start(ann, minutes=45).status_code == 201
    second = _start(ann, minutes=45)
    assert second.status_code == 409 and "still running" in second.get_json()["error"]["message"]
    for body, fragment in [({"minutes": 5}, "minutes"), ({"kind": "poetry"}, "kind"),
                           ({"difficulty": ["Impossible"]}, "difficulty"), ({"difficulty": []}, "difficulty")]:
        response = _start(ann, **body)
        assert response.status_code == 422 and fragment in str(response.get_json()["error"]), body


def test_unknown_topic_and_empty_draw_are_422(make_account, judged_app):
    bob = Account(judged_app.test_client(), "bob")
    response = _start(bob, topics=["no-such-topic"])
    assert response.status_code == 422 and "no-such-topic" in response.get_json()["error"]["message"]
    response = _start(bob, kind="ml")  # no ML questions in this bank
    assert response.status_code == 422 and "no problems match" in response.get_json()["error"]["message"]


def test_during_the_mock_only_passed_and_total_are_shown(ann):
    mock = _start(ann, minutes=45).get_json()
    wrong = _wait_done(ann, _submit(ann, mock["id"], code=WRONG).get_json()["id"])
    assert wrong["mock"] == mock["id"] and wrong["passed"] < wrong["total"]
    assert wrong["verdict"] is None and wrong["first_failure"] is None and wrong["error"] is None
    assert "after the mock" in wrong["message"]
    right = _wait_done(ann, _submit(ann, mock["id"]).get_json()["id"])
    assert right["passed"] == right["total"]
    state = ann.client.get(f"/api/mocks/{mock['id']}", headers=ann.bearer).get_json()
    assert [p["solved"] for p in state["problems"]] == [True, False]
    # After the mock, the details come back.
    ann.client.post(f"/api/mocks/{mock['id']}/finish", headers=ann.bearer)
    after = ann.client.get(f"/api/submissions/{wrong['id']}", headers=ann.bearer).get_json()
    assert after["verdict"] == "WA" and after["first_failure"] is not None


def test_report_counts_attempts_time_and_score_and_compares_with_earlier_mocks(ann):
    first = _start(ann, minutes=45).get_json()
    _wait_done(ann, _submit(ann, first["id"], code=WRONG).get_json()["id"])
    _wait_done(ann, _submit(ann, first["id"]).get_json()["id"])
    report = ann.client.post(f"/api/mocks/{first['id']}/finish", headers=ann.bearer).get_json()
    assert report["status"] == "finished" and report["remaining_seconds"] == 0
    body = report["report"]
    two_sum, min_stack = body["problems"]
    assert (two_sum["solved"], two_sum["attempts"], two_sum["failed_before_ac"]) == (True, 2, 1)
    assert two_sum["seconds_to_ac"] is not None and two_sum["seconds_to_ac"] >= 0
    assert (min_stack["solved"], min_stack["attempts"]) == (False, 0)
    # Easy (weight 1) solved after one failure: 0.9 of 1 out of 3 weights.
    assert body["solved"] == 1 and body["total"] == 2 and body["score"] == 30.0 == report["score"]
    assert body["comparison"]["previous_mocks"] == 0

    second = _start(ann, minutes=45).get_json()
    ids = {p["problem"] for p in second["problems"]}
    assert ids == {"two-sum", "min-stack"}  # only two problems exist: recent ones come back when nothing else is left
    for problem, code in (("two-sum", TWO_SUM), ("min-stack", MIN_STACK)):
        result = _wait_done(ann, _submit(ann, second["id"], problem=problem, code=code).get_json()["id"])
        assert result["passed"] == result["total"], result
    body = ann.client.post(f"/api/mocks/{second['id']}/finish", headers=ann.bearer).get_json()["report"]
    assert body["score"] == 100.0 and body["solved"] == 2
    assert body["comparison"] == {"previous_mocks": 1, "previous_average": 30.0, "previous_best": 30.0,
                                  "change_from_last": 70.0, "rank": 1}
    listed = ann.client.get("/api/mocks", headers=ann.bearer).get_json()["items"]
    assert [m["id"] for m in listed] == [second["id"], first["id"]]


def test_submissions_after_the_deadline_are_refused(ann):
    mock = _start(ann, minutes=30).get_json()
    with time_machine.travel(datetime.now(timezone.utc) + timedelta(minutes=31)):
        response = _submit(ann, mock["id"])
        assert response.status_code == 409
        error = response.get_json()["error"]
        assert error["code"] == "mock_over" and "ended at" in error["message"]
        state = ann.client.get(f"/api/mocks/{mock['id']}", headers=ann.bearer).get_json()
        assert state["status"] == "finished" and state["report"]["solved"] == 0
        assert datetime.fromisoformat(state["finished_at"]) == datetime.fromisoformat(mock["ends_at"])


def test_a_mock_nobody_looks_at_is_closed_at_its_deadline_with_its_report(judged_app, ann):
    mock = _start(ann, minutes=30, difficulty=["Easy", "Medium"]).get_json()
    _wait_done(ann, _submit(ann, mock["id"]).get_json()["id"])
    maintenance = judged_app.extensions["maintenance"]
    maintenance.interval = 0.05  # the serving process's thread, ticking fast for the test
    maintenance.ensure_started()
    try:
        with time_machine.travel(datetime.now(timezone.utc) + timedelta(minutes=30, seconds=1)):
            row = None
            for _ in range(200):  # nobody calls the API here: only the thread can close it
                with judged_app.app_context(), db.new_session() as session:
                    row = session.scalar(select(Mock).where(Mock.id == mock["id"]))
                    if row.status == "finished":
                        break
                time.sleep(0.05)
            assert row.status == "finished", "the maintenance thread did not close the expired mock"
            assert row.report["solved"] == 1 and row.report["problems"][0]["seconds_to_ac"] is not None
            assert row.score == pytest.approx(100 / 3, abs=0.1)
    finally:
        maintenance.stop()


def test_another_users_mock_is_not_found_and_cannot_be_joined(judged_app, ann):
    mock = _start(ann, minutes=45).get_json()
    bob = Account(judged_app.test_client(), "bob")
    for response in (bob.client.get(f"/api/mocks/{mock['id']}", headers=bob.bearer),
                     bob.client.post(f"/api/mocks/{mock['id']}/finish", headers=bob.bearer),
                     _submit(bob, mock["id"]),
                     bob.client.get("/api/mocks/99999999999", headers=bob.bearer)):
        assert response.status_code == 404, response.get_json()
    assert judged_app.test_client().get("/api/mocks").status_code == 401  # no token, no cookie


def test_a_problem_outside_the_mock_cannot_be_submitted_to_it(judged_app, ann):
    mock = _start(ann, minutes=30, difficulty=["Easy"]).get_json()
    assert [p["problem"] for p in mock["problems"]] == ["two-sum"]
    response = _submit(ann, mock["id"], problem="min-stack", code=MIN_STACK)
    assert response.status_code == 422 and "not part of mock" in response.get_json()["error"]["message"]


def test_unsolved_problems_are_drawn_first_and_recent_ones_are_not_repeated(judged_app, ann):
    _wait_done(ann, ann.client.post("/api/submissions", headers=ann.bearer,
                                    json={"problem": "two-sum", "code": TWO_SUM}).get_json()["id"])
    # No Hard problem here, so any difficulty will do: the unsolved one wins over the solved one.
    mock = _start(ann, minutes=30, difficulty=["Hard"]).get_json()
    assert [p["problem"] for p in mock["problems"]] == ["min-stack"]
    ann.client.post(f"/api/mocks/{mock['id']}/finish", headers=ann.bearer)
    # min-stack was in a recent mock: the solved two-sum is drawn before it comes back.
    mock = _start(ann, minutes=30, difficulty=["Hard"]).get_json()
    assert [p["problem"] for p in mock["problems"]] == ["two-sum"]
