"""Submissions: run or submit code (202, then poll with ``wait``), and one's own history."""
from __future__ import annotations

import time
from datetime import datetime
from typing import Any, Literal

from apiflask import APIBlueprint
from flask import current_app
from pydantic import BaseModel, Field

from app.api.security import MAX_PAGE, current_user, login_required, valid_id
from app.errors import ApiError
from app.extensions import db, submission_limit
from app.models import Submission
from app.services import submissions

bp = APIBlueprint("submissions", __name__, tag="Submissions")
MAX_WAIT_SECONDS = 30


class SubmissionIn(BaseModel):
    problem: str = Field(min_length=1, max_length=128, description="the problem's slug")
    code: str | None = Field(None, max_length=1024 * 1024, description="for problems judged by tests")
    answer: float | str | list[str] | None = Field(
        None, description="numeric questions: a number (0.25, \"1/4\", \"25%\"); choice questions: an "
                          "option id or a list of ids")
    mode: Literal["run", "submit"] = "submit"
    tests: list[dict[str, Any]] | None = Field(None, description="run mode: custom inputs, {args: [...]}")
    mock: int | None = Field(None, ge=1, le=2**31 - 1, description="the running mock this belongs to")


class Accepted(BaseModel):
    id: int
    status: str


class SubmissionOut(BaseModel):
    id: int
    problem: str
    mode: str
    mock: int | None = None
    status: str
    verdict: str | None
    passed: int | None
    total: int | None
    runtime_ms: float | None
    reference_runtime_ms: float | None = Field(None, description="the reference solution's runtime on "
                                                                 "the same hidden suite")
    first_failure: dict[str, Any] | None
    message: str | None
    error: dict[str, Any] | None
    created_at: datetime
    finished_at: datetime | None
    code: str | None = None
    answer: Any = None
    explanation: dict[str, Any] | None = Field(None, description="numeric and choice questions, once answered")


class WaitQuery(BaseModel):
    wait: float = Field(0, ge=0, le=MAX_WAIT_SECONDS, description="seconds to wait for the verdict")


class HistoryQuery(BaseModel):
    problem: str | None = None
    verdict: str | None = Field(None, pattern="^(AC|WA|TLE|MLE|RE|CE|OLE|IE)$")
    mode: Literal["run", "submit"] | None = None
    page: int = Field(1, ge=1, le=MAX_PAGE, description="pages past the last are empty")
    per_page: int = Field(20, ge=1, le=100)


class History(BaseModel):
    items: list[SubmissionOut]
    total: int


def _out(submission: Submission, with_code: bool = False) -> dict:
    return submissions.public_view(db.session, submission, with_code)


def _own(submission_id: int) -> Submission:
    submission = db.session.get(Submission, submission_id) if valid_id(submission_id) else None
    if submission is None or submission.user_id != current_user().id:  # another's is not found, not forbidden
        raise ApiError(404, "not_found", "No such submission.")
    return submission


@bp.post("/submissions")
@bp.input(SubmissionIn, arg_name="body")
@bp.output(Accepted, status_code=202)
@bp.doc(responses={429: "Too many submissions; retry after the Retry-After header's seconds"})
@login_required
@submission_limit
def create(body: SubmissionIn):
    backend = current_app.extensions["judge"]
    try:
        submission = submissions.create(db.session, backend.pool, current_user(), body.problem, body.mode,
                                        body.code, current_app.config["MAX_CODE_BYTES"], body.tests, body.mock,
                                        body.answer)
    except submissions.SubmissionError as exc:
        raise ApiError(exc.status, exc.code, str(exc)) from None
    if submission.status == "queued":  # answers are judged already
        backend.submit(submission.id)
    return {"id": submission.id, "status": submission.status}


@bp.get("/submissions/<int:submission_id>")
@bp.input(WaitQuery, location="query", arg_name="query")
@bp.output(SubmissionOut)
@login_required
def show(submission_id: int, query: WaitQuery):
    submission = _own(submission_id)
    deadline = time.monotonic() + query.wait
    while submission.status != "done" and time.monotonic() < deadline:
        time.sleep(0.05)
        db.session.refresh(submission)
    return _out(submission, with_code=True)


@bp.get("/submissions")
@bp.input(HistoryQuery, location="query", arg_name="query")
@bp.output(History)
@login_required
def history(query: HistoryQuery):
    rows, total = submissions.history(db.session, current_user(), problem=query.problem, verdict=query.verdict,
                                      mode=query.mode, page=query.page, per_page=query.per_page)
    return {"items": [_out(s) for s in rows], "total": total}
