"""The problem list, a problem's page, and running, submitting and answering from it."""
from __future__ import annotations

import time
from datetime import datetime, timezone

from apiflask import APIBlueprint
from flask import abort, current_app, g, redirect, render_template, request, url_for
from sqlalchemy import select

from app.api.security import valid_id
from app.extensions import db, submission_limit
from app.models import Submission, Topic
from app.services import problems, reviews, submissions
from app.web import custom_input
from app.web.session import login_required

bp = APIBlueprint("problems", __name__, enable_openapi=False)
FILTERS = ("topic", "difficulty", "kind", "list", "status", "q")
PANEL_WAIT_SECONDS = 2.0  # each poll of a pending verdict waits this long on the server


def _filters() -> problems.ProblemFilters:
    values = {name: (request.args.get(name) or "").strip() or None for name in FILTERS}
    if g.user is None:
        values["status"] = None  # the status filter is a signed-in user's
    return problems.ProblemFilters(**values)


def _due_slugs() -> set[str]:
    if g.user is None:
        return set()
    queue = reviews.queue(db.session, g.user.id, datetime.now(timezone.utc))
    return {item["problem"] for item in queue["due"]}


@bp.get("/problems")
def index():
    filters = _filters()
    try:
        page = problems.list_problems(db.session, g.user.id if g.user else None, filters, per_page=500)
        error = None
    except problems.ProblemError as exc:
        page, error = {"items": [], "total": 0}, str(exc)
    topic_names = dict(db.session.execute(select(Topic.slug, Topic.name)).all())
    context = {"page": page, "filters": filters, "error": error, "due": _due_slugs(), "topic_names": topic_names}
    if request.headers.get("HX-Request") and request.headers.get("HX-Target") == "problem-results":
        return render_template("problems/_results.html", **context)  # 200: see errors._page_error
    topics = problems.list_topics(db.session, g.user.id if g.user else None)["items"]
    return render_template("problems/index.html", topics=topics, **context), 422 if error else 200


def _last_code(problem_slug: str) -> str | None:
    if g.user is None:
        return None
    return db.session.scalar(
        select(Submission.code).join(Submission.problem)
        .where(Submission.user_id == g.user.id, Submission.code.is_not(None),
               Submission.problem.has(slug=problem_slug))
        .order_by(Submission.id.desc()).limit(1))


def _problem_or_404(slug: str) -> dict:
    try:
        return problems.get_problem(db.session, g.user.id if g.user else None, slug)
    except problems.ProblemError:
        abort(404, f"There is no problem {slug!r}.")


def solve_context(slug: str, mock_id: int | None = None) -> dict:
    """Everything a problem's solving area needs (the problem page and the mock screen share it)."""
    problem = _problem_or_404(slug)
    return {"problem": problem, "code": _last_code(slug) or problem["starter_code"],
            "custom_example": custom_input.example_text(problem["examples"]), "mock_id": mock_id}


@bp.get("/problems/<slug>")
def show(slug: str):
    context = solve_context(slug)
    shown = request.args.get("submission", type=int)
    context["submission"] = own_submission_view(shown) if shown else None
    return render_template("problems/show.html", **context)


def own_submission_view(submission_id: int) -> dict | None:
    submission = db.session.get(Submission, submission_id) if valid_id(submission_id) else None
    if submission is None or g.user is None or submission.user_id != g.user.id:
        return None
    return submissions.public_view(db.session, submission)


def _respond(slug: str, submission: Submission | None, error: str | None = None, status: int = 422):
    """htmx gets the result panel (200 even for a refused request: see ``errors._page_error``);
    a plain form post goes back to the page that shows it, or shows the error with its status."""
    view = submissions.public_view(db.session, submission) if submission else None
    if request.headers.get("HX-Request"):
        return render_template("problems/_panel.html", submission=view, error=error), 200
    mock_id = _mock_id()
    if error:  # the page again, with what the learner typed (never lose their code)
        context = solve_context(slug, mock_id)
        context["code"] = request.form.get("code") or context["code"]
        context["custom_example"] = request.form.get("custom_input") or context["custom_example"]
        return render_template("problems/show.html", submission=None, error=error, **context), status
    if mock_id:
        return redirect(url_for("web.mocks.show", mock_id=mock_id, problem=slug, submission=view["id"]))
    return redirect(url_for("web.problems.show", slug=slug, submission=view["id"]))


def _mock_id() -> int | None:
    value = request.form.get("mock", type=int)
    return value if value and valid_id(value) else None


@bp.post("/problems/<slug>/submissions")
@login_required
@submission_limit
def submit(slug: str):
    mode = request.form.get("mode", "submit")
    tests = None
    text = request.form.get("custom_input", "").strip()
    if mode == "run" and text and request.form.get("use_custom"):
        problem = _problem_or_404(slug)
        try:
            tests = custom_input.parse(text, problem["kind"], (problem["signature"] or {}).get("params", []))
        except custom_input.CustomInputError as exc:
            return _respond(slug, None, f"Custom input: {exc}.", 422)
    return _create(slug, mode=mode, code=request.form.get("code", ""), tests=tests)


@bp.post("/problems/<slug>/answer")
@login_required
@submission_limit
def answer(slug: str):
    chosen = request.form.getlist("answer")
    value = chosen if request.form.get("multiple") else (chosen[0] if chosen else None)
    if value in (None, "", []):
        return _respond(slug, None, "Give an answer first.", 422)
    return _create(slug, mode="submit", answer=value)


def _create(slug: str, *, mode: str, code: str | None = None, tests=None, answer=None):
    backend = current_app.extensions["judge"]
    try:
        submission = submissions.create(db.session, backend.pool, g.user, slug, mode, code,
                                        current_app.config["MAX_CODE_BYTES"], tests, _mock_id(), answer)
    except submissions.SubmissionError as exc:
        if exc.status == 404:
            abort(404, str(exc))
        return _respond(slug, None, str(exc)[:1].upper() + str(exc)[1:] + ".", exc.status)
    if submission.status == "queued":
        backend.submit(submission.id)
    return _respond(slug, submission)


@bp.get("/submissions/<int:submission_id>/panel")
@login_required
def panel(submission_id: int):
    """The result panel; while the verdict is pending it waits a little for it (a long poll)."""
    view = own_submission_view(submission_id)
    if view is None:
        abort(404, "No such submission.")
    deadline = time.monotonic() + PANEL_WAIT_SECONDS
    while view["status"] != "done" and time.monotonic() < deadline:
        time.sleep(0.05)
        db.session.expire_all()
        view = own_submission_view(submission_id)
    return render_template("problems/_panel.html", submission=view, error=None)


@bp.post("/problems/<slug>/hints")
@login_required
def hint(slug: str):
    try:
        problems.reveal_next_hint(db.session, g.user.id, slug)
    except problems.ProblemError as exc:
        if exc.kind == "not_found":
            abort(404, str(exc))
    db.session.commit()
    if request.headers.get("HX-Request"):
        return render_template("problems/_hints.html", problem=_problem_or_404(slug))
    return redirect(url_for("web.problems.show", slug=slug) + "#hints")
