"""ML code, numeric and choice questions through the API: answer forms, explanations, numpy judging."""
from __future__ import annotations

import shutil

import pytest

from tests.api.conftest import Account

MODELS = ("softmax", "shared-birthday", "bias-variance-more-data")


@pytest.fixture
def ml_app(app, pool, tmp_path):
    from app.bank.loader import PROBLEMS_ROOT
    from app.bank.sync import sync_bank
    from app.extensions import db

    backend = app.extensions["judge"]
    backend.pool.close()
    backend.pool = pool
    for folder in PROBLEMS_ROOT.rglob("problem.toml"):
        if folder.parent.name in MODELS:
            shutil.copytree(folder.parent, tmp_path / "bank" / folder.parent.name)
    with app.app_context():
        sync_bank(db.session, pool, tmp_path / "bank")
    yield app
    backend.close_executor()


@pytest.fixture
def ann(ml_app):
    return Account(ml_app.test_client(), "ann")


def _answer(account, problem, answer):
    return account.client.post("/api/submissions", headers=account.bearer,
                               json={"problem": problem, "answer": answer, "mode": "submit"})


def _result(account, submission_id, wait=0):
    return account.client.get(f"/api/submissions/{submission_id}?wait={wait}", headers=account.bearer).get_json()


def test_problem_pages_show_the_answer_box_but_never_the_key(ann):
    numeric = ann.client.get("/api/problems/shared-birthday").get_json()
    assert numeric["kind"] == "numeric" and numeric["answer_format"]["unit"] == "probability"
    choice = ann.client.get("/api/problems/bias-variance-more-data").get_json()
    options = choice["answer_format"]["options"]
    assert [o["id"] for o in options] == ["a", "b", "c", "d"] and choice["answer_format"]["multiple"] is False
    assert all(set(o) == {"id", "text"} for o in options)
    text = str(numeric) + str(choice)
    assert "0.706" not in text and "correct" not in text and "explanation" not in text
    topics = {t["slug"]: t for t in ann.client.get("/api/topics").get_json()["items"]}
    assert topics["probability"]["area"] == "stats" and topics["ml-concepts"]["area"] == "ml"
    assert topics["linear-models"]["prerequisites"] == ["ml-foundations"]


@pytest.mark.parametrize("answer", [0.7063, "0.706", "70.63%", "7063/10000"])
def test_a_numeric_answer_in_any_valid_form_is_accepted_and_explained(ann, answer):
    response = _answer(ann, "shared-birthday", answer)
    assert response.status_code == 202 and response.get_json()["status"] == "done"
    result = _result(ann, response.get_json()["id"])
    assert result["verdict"] == "AC" and (result["passed"], result["total"]) == (1, 1)
    assert result["explanation"]["answer"] == pytest.approx(0.7063, abs=1e-4)
    assert "complement" in result["explanation"]["explanation_html"]
    streak = ann.client.get("/api/me/streak", headers=ann.bearer).get_json()
    assert streak["current"] == 1 and streak["solved"]["total"] == 1


def test_a_wrong_number_is_wrong_and_still_explained(ann):
    result = _result(ann, _answer(ann, "shared-birthday", "0.5").get_json()["id"])
    assert result["verdict"] == "WA" and result["explanation"] is not None


@pytest.mark.parametrize("answer, fragment", [("about seventy percent", "is not a number"), ("1/0", "is not a number"),
                                              (["0.7"], "give a number")])
def test_a_malformed_numeric_answer_is_refused_not_judged(ann, answer, fragment):
    response = _answer(ann, "shared-birthday", answer)
    assert response.status_code == 422
    assert fragment in response.get_json()["error"]["message"]
    history = ann.client.get("/api/submissions", headers=ann.bearer).get_json()
    assert history["total"] == 0  # nothing judged, nothing stored


def test_choice_answers_in_any_case_and_every_option_explained(ann):
    result = _result(ann, _answer(ann, "bias-variance-more-data", ["A"]).get_json()["id"])
    assert result["verdict"] == "AC"
    options = result["explanation"]["options"]
    assert [o["correct"] for o in options] == [True, False, False, False]
    assert all(len(o["explanation"]) > 20 for o in options)
    wrong = _result(ann, _answer(ann, "bias-variance-more-data", "b").get_json()["id"])
    assert wrong["verdict"] == "WA"
    for bad, fragment in ((["a", "b"], "exactly one"), ("e", "no option e")):
        response = _answer(ann, "bias-variance-more-data", bad)
        assert response.status_code == 422 and fragment in response.get_json()["error"]["message"]


def test_code_and_answers_do_not_mix(ann):
    response = ann.client.post("/api/submissions", headers=ann.bearer,
                               json={"problem": "shared-birthday", "code": "print(1)"})
    assert response.status_code == 422 and "takes an answer" in response.get_json()["error"]["message"]
    response = _answer(ann, "softmax", "0.5")
    assert response.status_code == 422 and "takes code" in response.get_json()["error"]["message"]


SOFTMAX_LIST = """
import numpy as np
class Solution:
    def softmax(self, logits):
        out = []
        for row in logits:
            weights = np.exp(row - row.max())
            out.append((weights / weights.sum()).tolist())
        return out
"""
SOFTMAX_NAIVE = """
import numpy as np
class Solution:
    def softmax(self, logits):
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)
"""
SOFTMAX_NO_IMPORT = """
class Solution:
    def softmax(self, logits):
        shifted = logits - logits.max(axis=1, keepdims=True)
        weights = shifted.__class__.__array_ufunc__  # not allowed: a dunder
        return weights
"""


def test_ml_starter_code_runs_as_given(ann):
    starter = ann.client.get("/api/problems/softmax").get_json()["starter_code"]
    assert starter.startswith("import numpy as np")
    created = ann.client.post("/api/submissions", headers=ann.bearer,
                              json={"problem": "softmax", "code": starter}).get_json()
    result = _result(ann, created["id"], wait=20)
    assert result["verdict"] == "WA", result  # returns None: wrong, but it loaded and ran


def test_ml_code_is_judged_by_value_with_numpy(ann):
    submit = lambda code: ann.client.post("/api/submissions", headers=ann.bearer,  # noqa: E731
                                          json={"problem": "softmax", "code": code}).get_json()["id"]
    listed = _result(ann, submit(SOFTMAX_LIST), wait=20)
    assert listed["verdict"] == "AC", listed  # a list of lists is as good as an array
    naive = _result(ann, submit(SOFTMAX_NAIVE), wait=20)
    assert naive["verdict"] == "WA" and naive["first_failure"] is not None
    gated = _result(ann, submit(SOFTMAX_NO_IMPORT), wait=20)
    assert gated["verdict"] == "CE"


def test_an_answer_inside_a_mock_hides_the_explanation_until_the_end(ann):
    mock = ann.client.post("/api/mocks", headers=ann.bearer,
                           json={"kind": "ml", "minutes": 45, "difficulty": ["Easy", "Medium"]}).get_json()
    kinds = [p["kind"] for p in mock["problems"]]
    assert set(kinds) <= {"numeric", "choice", "ml"} and len(kinds) == 2
    question = next(p["problem"] for p in mock["problems"] if p["kind"] in ("numeric", "choice"))
    answer = "0.7063" if question == "shared-birthday" else "a"
    created = ann.client.post("/api/submissions", headers=ann.bearer,
                              json={"problem": question, "answer": answer, "mock": mock["id"]}).get_json()
    during = _result(ann, created["id"])
    assert during["verdict"] is None and during["explanation"] is None and during["passed"] == 1
    ann.client.post(f"/api/mocks/{mock['id']}/finish", headers=ann.bearer)
    after = _result(ann, created["id"])
    assert after["verdict"] == "AC" and after["explanation"] is not None
