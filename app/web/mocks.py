"""Mock interviews in the browser: start one, solve against the server's clock, read the report."""
from __future__ import annotations

from datetime import datetime, timezone

from apiflask import APIBlueprint
from flask import abort, current_app, g, redirect, render_template, request, url_for

from app.api.security import valid_id
from app.extensions import db
from app.services import mocks
from app.web.problems import solve_context, own_submission_view
from app.web.session import login_required

bp = APIBlueprint("mocks", __name__, enable_openapi=False)


def _render_index(error: str | None = None, status: int = 200):
    now = datetime.now(timezone.utc)
    history = mocks.history(db.session, g.user, now)
    db.session.commit()  # mocks found past their deadline stay closed
    active = next((m for m in history if m.status == "active"), None)
    return render_template("mocks/index.html", history=history, active=active, error=error,
                           min_minutes=mocks.MIN_MINUTES, max_minutes=mocks.MAX_MINUTES), status


@bp.get("/mocks")
@login_required
def index():
    return _render_index()


@bp.post("/mocks")
@login_required
def start():
    difficulty = [d for d in request.form.getlist("difficulty") if d] or None
    try:
        mock = mocks.start(db.session, g.user, datetime.now(timezone.utc), kind=request.form.get("kind", "dsa"),
                           minutes=request.form.get("minutes", 45, type=int), difficulty=difficulty)
    except mocks.MockError as exc:
        db.session.rollback()
        return _render_index(str(exc), exc.status)
    db.session.commit()
    return redirect(url_for("web.mocks.show", mock_id=mock.id))


def _own(mock_id: int):
    if not valid_id(mock_id):
        abort(404, "No such mock.")
    try:
        mock = mocks.get_own(db.session, g.user, mock_id, datetime.now(timezone.utc))
    except mocks.MockError as exc:
        abort(exc.status, str(exc))
    db.session.commit()  # a mock read after its deadline is closed now, with its report
    return mock


@bp.get("/mocks/<int:mock_id>")
@login_required
def show(mock_id: int):
    mock = _own(mock_id)
    if mock.status != "active":
        return render_template("mocks/report.html", mock=mock, report=mock.report or {})
    slugs = [item.problem.slug for item in mock.problems]
    current = request.args.get("problem") if request.args.get("problem") in slugs else slugs[0]
    shown = request.args.get("submission", type=int)
    return render_template("mocks/show.html", mock=mock, current=current,
                           server_time=datetime.now(timezone.utc),
                           sync_seconds=current_app.config["MOCK_PAGE_SYNC_SECONDS"],
                           submission=own_submission_view(shown) if shown else None,
                           **solve_context(current, mock_id=mock.id))


@bp.post("/mocks/<int:mock_id>/finish")
@login_required
def finish(mock_id: int):
    mock = _own(mock_id)
    if mock.status == "active":
        mocks.finish(db.session, mock, datetime.now(timezone.utc))
        db.session.commit()
    return redirect(url_for("web.mocks.show", mock_id=mock.id))
