"""Problems and topics API: listing with filters, the public detail view, hints, the roadmap."""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app import migrate
from app.bank.loader import PROBLEMS_ROOT
from app.bank.sync import sync_bank
from app.extensions import db
from app.models import HintReveal, Problem, ProblemProgress, TestCase

SAMPLE = ("two-sum", "min-stack", "rotate-image", "serialize-and-deserialize-binary-tree")
HIDDEN_MARK = 987654321  # planted in a hidden test of two-sum: must never reach a client


@pytest.fixture(scope="module")
def synced_template(tmp_path_factory, pool) -> str:
    """A migrated database holding four real problems, synced once for the module."""
    base = tmp_path_factory.mktemp("problems_api")
    root = base / "problems"
    for toml in PROBLEMS_ROOT.rglob("problem.toml"):
        if toml.parent.name in SAMPLE:
            shutil.copytree(toml.parent, root / toml.parent.relative_to(PROBLEMS_ROOT))
    path = base / "template.db"
    migrate.upgrade(f"sqlite:///{path}")
    engine = create_engine(f"sqlite:///{path}")
    with Session(engine) as session:
        sync_bank(session, pool, root)
        hidden = session.scalars(select(TestCase).join(Problem).where(
            Problem.slug == "two-sum", TestCase.is_sample.is_(False)).order_by(TestCase.ordinal)).first()
        hidden.input = {"args": [[HIDDEN_MARK, 1], HIDDEN_MARK + 1]}
        hidden.expected = [0, 1]
        session.commit()
    engine.dispose()
    return str(path)


@pytest.fixture
def database_url(tmp_path, synced_template) -> str:
    """Overrides the empty database of tests/conftest.py with a copy of the synced one."""
    path = tmp_path / "app.db"
    shutil.copyfile(synced_template, path)
    return f"sqlite:///{path}"


def _slugs(response) -> list[str]:
    assert response.status_code == 200, response.get_json()
    return [item["slug"] for item in response.get_json()["items"]]


def _set_progress(app, user_id: int, slug: str, *, solved: bool) -> None:
    with app.app_context():
        problem = db.session.scalar(select(Problem).where(Problem.slug == slug))
        now = datetime.now(timezone.utc)
        db.session.add(ProblemProgress(user_id=user_id, problem_id=problem.id, attempts=2,
                                       solved_at=now if solved else None))
        db.session.commit()


def _update_problem(app, slug: str, **values) -> None:
    with app.app_context():
        problem = db.session.scalar(select(Problem).where(Problem.slug == slug))
        for key, value in values.items():
            setattr(problem, key, value)
        db.session.commit()


# --- listing ---------------------------------------------------------------------------------------

def test_list_returns_every_live_problem_with_its_summary_fields(client):
    response = client.get("/api/problems")
    body = response.get_json()
    assert response.status_code == 200
    assert body["total"] == 4 and body["page"] == 1 and body["per_page"] == 50
    # roadmap topic order: Arrays & Hashing, Stack, Trees, Math & Geometry
    assert [i["slug"] for i in body["items"]] == [
        "two-sum", "min-stack", "serialize-and-deserialize-binary-tree", "rotate-image"]
    two_sum = body["items"][0]
    assert two_sum == {"slug": "two-sum", "title": "Two Sum", "difficulty": "Easy", "kind": "function",
                       "topic": "arrays-hashing", "tags": ["array", "hash-table"],
                       "lists": ["neetcode150", "blind75"], "status": None}


def test_retired_problems_are_never_listed(app, client):
    _update_problem(app, "min-stack", retired=True)
    body = client.get("/api/problems").get_json()
    assert "min-stack" not in [i["slug"] for i in body["items"]] and body["total"] == 3
    assert _slugs(client.get("/api/problems?topic=stack")) == []


@pytest.mark.parametrize("query, expected", [
    ("topic=arrays-hashing", ["two-sum"]),
    ("topic=math-geometry", ["rotate-image"]),
    ("difficulty=Easy", ["two-sum"]),
    ("difficulty=Medium", ["min-stack", "rotate-image"]),
    ("difficulty=Hard", ["serialize-and-deserialize-binary-tree"]),
    ("kind=design", ["min-stack"]),
    ("kind=function", ["two-sum", "serialize-and-deserialize-binary-tree", "rotate-image"]),
    ("kind=choice", []),
    ("list=blind75", ["two-sum", "serialize-and-deserialize-binary-tree", "rotate-image"]),
    ("list=neetcode150", ["two-sum", "min-stack", "serialize-and-deserialize-binary-tree", "rotate-image"]),
    ("q=ROTATE", ["rotate-image"]),
    ("q=two-s", ["two-sum"]),
    ("q=stack", ["min-stack"]),
    ("q=%25", []),  # a literal percent sign is text, not a wildcard
    ("difficulty=Medium&list=blind75", ["rotate-image"]),
    ("topic=stack&difficulty=Easy", []),
])
def test_each_filter_narrows_the_list(client, query, expected):
    response = client.get(f"/api/problems?{query}")
    assert _slugs(response) == expected
    assert response.get_json()["total"] == len(expected)


def test_pagination_reports_the_total_and_slices(client):
    first = client.get("/api/problems?per_page=3&page=1").get_json()
    second = client.get("/api/problems?per_page=3&page=2").get_json()
    beyond = client.get("/api/problems?per_page=3&page=3").get_json()
    assert (first["total"], second["total"], beyond["total"]) == (4, 4, 4)
    assert first["per_page"] == 3 and second["page"] == 2
    assert len(first["items"]) == 3 and len(second["items"]) == 1 and beyond["items"] == []
    everything = [i["slug"] for i in first["items"] + second["items"]]
    assert sorted(everything) == sorted(SAMPLE)


@pytest.mark.parametrize("query, field", [
    ("difficulty=easy", "difficulty"),
    ("difficulty=Impossible", "difficulty"),
    ("kind=essay", "kind"),
    ("list=top100", "list"),
    ("status=done", "status"),
    ("page=0", "page"),
    ("page=abc", "page"),
    ("page=712462027712873984", "page"),  # its offset overflowed SQLite's integer: a 500 once
    ("per_page=0", "per_page"),
    ("per_page=101", "per_page"),
    ("topic=Not%20A%20Slug", "topic"),
    ("topic=no-such-topic", "topic"),
])
def test_bad_filters_are_422_in_the_error_shape(client, query, field):
    response = client.get(f"/api/problems?{query}")
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "validation_error" and error["message"]
    assert field in error["details"]["query"]


def test_status_filter_is_refused_when_anonymous(client):
    response = client.get("/api/problems?status=solved")
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


def test_status_is_per_user_and_filters(app, client, account, make_account):
    user_id = account.user["id"]
    _set_progress(app, user_id, "two-sum", solved=True)
    _set_progress(app, user_id, "rotate-image", solved=False)
    items = {i["slug"]: i["status"] for i in client.get("/api/problems").get_json()["items"]}
    assert items == {"two-sum": "solved", "rotate-image": "attempted", "min-stack": "unsolved",
                     "serialize-and-deserialize-binary-tree": "unsolved"}
    assert _slugs(client.get("/api/problems?status=solved")) == ["two-sum"]
    assert _slugs(client.get("/api/problems?status=attempted")) == ["rotate-image"]
    assert _slugs(client.get("/api/problems?status=unsolved")) == [
        "min-stack", "serialize-and-deserialize-binary-tree"]
    # bearer tokens work too, and another user's progress is their own
    other = make_account("bob")
    assert _slugs(other.client.get("/api/problems?status=solved", headers=other.bearer)) == []
    assert other.client.get("/api/problems?status=unsolved").get_json()["total"] == 4


# --- detail ------------------------------------------------------------------------------------------

def test_detail_has_the_public_fields_and_only_sample_tests(app, client):
    response = client.get("/api/problems/two-sum")
    assert response.status_code == 200
    body = response.get_json()
    assert set(body) == {"slug", "title", "difficulty", "kind", "topic", "tags", "lists", "statement_html",
                         "starter_code", "signature", "examples", "hints_total", "hints", "complexity",
                         "time_limit_ms", "memory_limit_mb", "answer_format"}
    assert body["answer_format"] is None  # code problems have no answer box
    assert body["topic"] == "arrays-hashing" and body["signature"]["method"] == "twoSum"
    assert "def twoSum(self, nums: List[int], target: int) -> List[int]:" in body["starter_code"]
    assert body["complexity"] == {"time": "O(n)", "space": "O(n)"}
    assert (body["time_limit_ms"], body["memory_limit_mb"]) == (2000, 256)
    assert body["hints_total"] == 3 and body["hints"] == []
    assert "<h1>Two Sum</h1>" in body["statement_html"]
    with app.app_context():
        samples = db.session.execute(select(TestCase.input, TestCase.expected).join(Problem).where(
            Problem.slug == "two-sum", TestCase.is_sample.is_(True)).order_by(TestCase.ordinal)).all()
    assert len(samples) >= 2
    assert body["examples"] == [{"input": i, "expected": e} for i, e in samples]


def test_detail_never_leaks_hidden_tests_reference_code_or_answer(app, client):
    _update_problem(app, "two-sum", answer={"key": "ANSWER-KEY-SENTINEL"})
    with app.app_context():
        problem = db.session.scalar(select(Problem).where(Problem.slug == "two-sum"))
        reference, starter = problem.reference_code, problem.starter_code
        hidden = [t.input for t in problem.test_cases if not t.is_sample]
    text = client.get("/api/problems/two-sum").get_data(as_text=True)
    assert str(HIDDEN_MARK) not in text
    assert "ANSWER-KEY-SENTINEL" not in text
    body_lines = [line.strip() for line in reference.splitlines()
                  if line.strip() and line.strip() not in starter]
    assert "seen = {}  # value -> index of its first occurrence so far" in body_lines
    for line in body_lines:
        assert line not in text
    for case in hidden:
        for dumped in (json.dumps(case), json.dumps(case, separators=(",", ":"))):
            assert dumped not in text


@pytest.mark.parametrize("slug", ["no-such-problem", "min-stack"])
def test_unknown_or_retired_problem_is_404(app, client, slug):
    _update_problem(app, "min-stack", retired=True)
    response = client.get(f"/api/problems/{slug}")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_statement_html_is_rendered_and_sanitised(app, client):
    _update_problem(app, "rotate-image", statement_md=(
        "# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "<script>alert('pwned')</script>\n\n"
        '<img src="x.png" onerror="alert(1)">\n\n'
        "[link](javascript:alert(2)) and **bold** and <a href=\"javascript:alert(3)\">raw</a>\n"))
    html = client.get("/api/problems/rotate-image").get_json()["statement_html"]
    assert "<h1>Title</h1>" in html and "<table>" in html and "<strong>bold</strong>" in html
    assert "<script" not in html and "alert('pwned')" not in html
    assert "onerror" not in html and "<img" in html
    assert 'href="javascript' not in html and "alert(3)" not in html


# --- hints -----------------------------------------------------------------------------------------------

def test_revealing_hints_needs_a_user(client):
    response = client.post("/api/problems/two-sum/hints")
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


def test_hints_are_revealed_one_at_a_time_then_409(app, client, account):
    with app.app_context():
        hints = db.session.scalar(select(Problem).where(Problem.slug == "two-sum")).hints
    assert len(hints) == 3
    for index in range(3):
        response = client.post("/api/problems/two-sum/hints", headers=account.cookie_headers)
        assert response.status_code == 201, response.get_json()
        assert response.get_json() == {"index": index, "hint": hints[index], "hints_total": 3}
        assert client.get("/api/problems/two-sum").get_json()["hints"] == hints[:index + 1]
    exhausted = client.post("/api/problems/two-sum/hints", headers=account.cookie_headers)
    assert exhausted.status_code == 409
    assert exhausted.get_json()["error"]["code"] == "conflict"
    assert "already revealed" in exhausted.get_json()["error"]["message"]
    with app.app_context():
        reveals = db.session.scalars(select(HintReveal.hint_index).where(
            HintReveal.user_id == account.user["id"]).order_by(HintReveal.hint_index)).all()
    assert reveals == [0, 1, 2]


def test_hints_are_per_user_and_hidden_from_others(client, account, make_account):
    client.post("/api/problems/two-sum/hints", headers=account.cookie_headers)
    other = make_account("bob")
    assert other.client.get("/api/problems/two-sum").get_json()["hints"] == []
    response = other.client.post("/api/problems/two-sum/hints", headers=other.bearer)
    assert response.get_json()["index"] == 0
    assert client.get("/api/problems/two-sum").get_json()["hints"] != []
    anonymous = client.application.test_client()
    assert anonymous.get("/api/problems/two-sum").get_json()["hints"] == []


def test_a_problem_without_hints_answers_409(app, client, account):
    _update_problem(app, "rotate-image", hints=[])
    response = client.post("/api/problems/rotate-image/hints", headers=account.cookie_headers)
    assert response.status_code == 409
    assert response.get_json()["error"]["message"] == "This problem has no hints."


def test_hints_of_unknown_problem_is_404_and_cookie_posts_need_csrf(client, account):
    assert client.post("/api/problems/nope/hints", headers=account.cookie_headers).status_code == 404
    assert client.post("/api/problems/two-sum/hints").status_code == 403


# --- topics ----------------------------------------------------------------------------------------------

def test_topics_in_roadmap_order_with_prerequisites_and_counts(client):
    response = client.get("/api/topics")
    assert response.status_code == 200
    items = response.get_json()["items"]
    assert len(items) == 27 and [t["area"] for t in items].count("dsa") == 18
    assert [t["position"] for t in items] == sorted(t["position"] for t in items)
    by_slug = {t["slug"]: t for t in items}
    arrays = by_slug["arrays-hashing"]
    assert arrays == {"slug": "arrays-hashing", "name": "Arrays & Hashing", "area": "dsa",
                      "position": arrays["position"], "prerequisites": [], "problems": 1, "solved": 0}
    assert by_slug["stack"]["prerequisites"] == ["arrays-hashing"]
    assert set(by_slug["trees"]["prerequisites"]) == {"binary-search", "linked-list"}
    assert by_slug["trees"]["problems"] == 1 and by_slug["greedy"]["problems"] == 0
    assert all(t["solved"] == 0 for t in items)


def test_topics_count_this_users_solves_and_skip_retired_problems(app, client, account):
    _set_progress(app, account.user["id"], "two-sum", solved=True)
    _set_progress(app, account.user["id"], "rotate-image", solved=False)
    _update_problem(app, "min-stack", retired=True)
    by_slug = {t["slug"]: t for t in client.get("/api/topics").get_json()["items"]}
    assert by_slug["arrays-hashing"]["solved"] == 1
    assert by_slug["math-geometry"]["solved"] == 0 and by_slug["math-geometry"]["problems"] == 1
    assert by_slug["stack"]["problems"] == 0
    anonymous = app.test_client()
    assert all(t["solved"] == 0 for t in anonymous.get("/api/topics").get_json()["items"])
