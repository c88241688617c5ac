"""Problems and topics: browse the bank, read one problem, reveal its hints one at a time.

``status`` (filter and per-item field) is about the signed-in user: anonymous callers get
``status: null`` on items, and filtering by status without signing in is refused with 401.
"""
from __future__ import annotations

from typing import Any, Literal

from apiflask import APIBlueprint
from pydantic import BaseModel, ConfigDict, Field

from app.api.security import MAX_PAGE, current_user, login_required
from app.errors import ApiError
from app.extensions import db
from app.services import problems

bp = APIBlueprint("problems", __name__, tag="Problems")

Difficulty = Literal["Easy", "Medium", "Hard"]
Kind = Literal["function", "design", "ml", "numeric", "choice"]
ListName = Literal["neetcode150", "blind75"]
Status = Literal["solved", "attempted", "unsolved"]


class ProblemQuery(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    topic: str | None = Field(None, min_length=1, max_length=64, pattern=r"^[a-z0-9-]+$",
                              description="Topic slug, e.g. arrays-hashing")
    difficulty: Difficulty | None = None
    kind: Kind | None = None
    list_name: ListName | None = Field(None, alias="list")
    status: Status | None = Field(None, description="For the signed-in user; 401 when anonymous")
    q: str | None = Field(None, max_length=200, description="Case-insensitive text in title or slug")
    page: int = Field(1, ge=1, le=MAX_PAGE, description="pages past the last are empty")
    per_page: int = Field(50, ge=1, le=100)


class ProblemSummary(BaseModel):
    slug: str
    title: str
    difficulty: str
    kind: str
    topic: str
    tags: list[str]
    lists: list[str]
    status: Status | None = Field(description="null when anonymous")


class ProblemPage(BaseModel):
    items: list[ProblemSummary]
    total: int
    page: int
    per_page: int


class Example(BaseModel):
    input: Any
    expected: Any


class ProblemDetail(BaseModel):
    slug: str
    title: str
    difficulty: str
    kind: str
    topic: str
    tags: list[str]
    lists: list[str]
    statement_html: str
    starter_code: str
    signature: dict[str, Any] | None
    examples: list[Example] = Field(description="The sample tests only")
    hints_total: int
    hints: list[str] = Field(description="Hints this user has revealed, in order")
    complexity: dict[str, Any]
    time_limit_ms: int
    memory_limit_mb: int
    answer_format: dict[str, Any] | None = Field(
        description="numeric and choice questions: the answer box (unit, or options without the key)")


class HintOut(BaseModel):
    index: int
    hint: str
    hints_total: int


class TopicOut(BaseModel):
    slug: str
    name: str
    area: str
    position: int
    prerequisites: list[str] = Field(description="Slugs of topics to learn first")
    problems: int
    solved: int = Field(description="0 when anonymous")


class TopicList(BaseModel):
    items: list[TopicOut]


def _user_id() -> int | None:
    user = current_user()
    return None if user is None else user.id


def _problem_error(exc: problems.ProblemError) -> ApiError:
    if exc.kind == "invalid":
        return ApiError(422, "validation_error", str(exc), {"query": {exc.field: [str(exc)]}})
    if exc.kind == "unauthorized":
        return ApiError(401, "unauthorized", str(exc), headers={"WWW-Authenticate": "Bearer"})
    if exc.kind == "conflict":
        return ApiError(409, "conflict", str(exc))
    return ApiError(404, "not_found", str(exc))


@bp.get("/problems")
@bp.input(ProblemQuery, arg_name="query", location="query")
@bp.output(ProblemPage)
def list_problems(query: ProblemQuery):
    filters = problems.ProblemFilters(topic=query.topic, difficulty=query.difficulty, kind=query.kind,
                                      list=query.list_name, status=query.status, q=query.q)
    try:
        return problems.list_problems(db.session, _user_id(), filters, query.page, query.per_page)
    except problems.ProblemError as exc:
        raise _problem_error(exc) from None


@bp.get("/problems/<slug>")
@bp.output(ProblemDetail)
def get_problem(slug: str):
    try:
        return problems.get_problem(db.session, _user_id(), slug)
    except problems.ProblemError as exc:
        raise _problem_error(exc) from None


@bp.post("/problems/<slug>/hints")
@bp.output(HintOut, status_code=201)
@login_required
def reveal_hint(slug: str):
    try:
        hint = problems.reveal_next_hint(db.session, current_user().id, slug)
    except problems.ProblemError as exc:
        raise _problem_error(exc) from None
    db.session.commit()
    return hint


@bp.get("/topics")
@bp.output(TopicList)
def list_topics():
    return problems.list_topics(db.session, _user_id())
