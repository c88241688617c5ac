"""Mock interviews: start one, follow it (the server's clock decides), finish it, read the report."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Literal

from apiflask import APIBlueprint
from pydantic import BaseModel, Field

from app.api.security import current_user, login_required, valid_id
from app.errors import ApiError
from app.extensions import db
from app.models import Mock
from app.services import mocks

bp = APIBlueprint("mocks", __name__, tag="Mocks")


class MockIn(BaseModel):
    kind: Literal["dsa", "ml", "mixed"] = "dsa"
    minutes: int = Field(45, ge=mocks.MIN_MINUTES, le=mocks.MAX_MINUTES)
    difficulty: list[Literal["Easy", "Medium", "Hard"]] | None = Field(
        None, min_length=1, max_length=4, description="one difficulty per problem; default by length")
    topics: list[str] | None = Field(None, max_length=18, description="topic slugs to draw from")


class MockProblemOut(BaseModel):
    problem: str
    title: str
    difficulty: str
    kind: str
    solved: bool


class MockOut(BaseModel):
    id: int
    kind: str
    minutes: int
    status: str
    started_at: datetime
    ends_at: datetime
    finished_at: datetime | None
    server_time: datetime = Field(description="the server's clock, to keep a countdown in step")
    remaining_seconds: float
    problems: list[MockProblemOut]
    score: float | None
    report: dict[str, Any] | None = Field(description="after the mock: per problem solved, time to AC, "
                                                      "attempts, hints; score; comparison with earlier mocks")


class MockList(BaseModel):
    items: list[MockOut]


def _out(mock: Mock, now: datetime) -> dict:
    remaining = max(0.0, (mock.ends_at - now).total_seconds()) if mock.status == "active" else 0.0
    return {"id": mock.id, "kind": mock.kind, "minutes": mock.minutes, "status": mock.status,
            "started_at": mock.started_at, "ends_at": mock.ends_at, "finished_at": mock.finished_at,
            "server_time": now, "remaining_seconds": round(remaining, 3),
            "problems": [{"problem": item.problem.slug, "title": item.problem.title,
                          "difficulty": item.problem.difficulty, "kind": item.problem.kind,
                          "solved": item.solved_at is not None} for item in mock.problems],
            "score": mock.score, "report": mock.report}


def _fail(exc: mocks.MockError):
    db.session.commit()  # keep any mock closed on the way (its deadline had passed)
    raise ApiError(exc.status, exc.code, str(exc)) from None


@bp.post("/mocks")
@bp.input(MockIn, arg_name="body")
@bp.output(MockOut, status_code=201)
@bp.doc(responses={409: "Another mock is still running", 422: "No problems match the settings"})
@login_required
def create(body: MockIn):
    now = datetime.now(timezone.utc)
    try:
        mock = mocks.start(db.session, current_user(), now, kind=body.kind, minutes=body.minutes,
                           difficulty=body.difficulty, topics=body.topics)
    except mocks.MockError as exc:
        _fail(exc)
    db.session.commit()
    return _out(mock, now)


@bp.get("/mocks")
@bp.output(MockList)
@login_required
def index():
    now = datetime.now(timezone.utc)
    rows = mocks.history(db.session, current_user(), now)
    db.session.commit()
    return {"items": [_out(mock, now) for mock in rows]}


def _own(mock_id: int, now: datetime) -> Mock:
    if not valid_id(mock_id):
        raise ApiError(404, "not_found", "No such mock.")
    try:
        return mocks.get_own(db.session, current_user(), mock_id, now)
    except mocks.MockError as exc:
        _fail(exc)


@bp.get("/mocks/<int:mock_id>")
@bp.output(MockOut)
@login_required
def show(mock_id: int):
    now = datetime.now(timezone.utc)
    mock = _own(mock_id, now)
    db.session.commit()
    return _out(mock, now)


@bp.post("/mocks/<int:mock_id>/finish")
@bp.output(MockOut)
@login_required
def finish(mock_id: int):
    """End the mock now (or read it, if it already ended); the answer carries the report."""
    now = datetime.now(timezone.utc)
    mock = _own(mock_id, now)
    if mock.status == "active":
        mocks.finish(db.session, mock, now)
    db.session.commit()
    return _out(mock, now)
