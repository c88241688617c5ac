"""The landing page and the dashboard: streak, year heatmap, solved counts, topic strength,
the weak-topic report with its recommendations, and the review queue."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from apiflask import APIBlueprint
from flask import g, redirect, render_template, url_for
from sqlalchemy import func, select

from app.extensions import db
from app.models import Problem
from app.services import progress, report, reviews, streaks, submissions
from app.web import charts
from app.web.session import login_required

bp = APIBlueprint("dashboard", __name__, enable_openapi=False)


@bp.get("/")
def home():
    if g.user is not None:
        return redirect(url_for("web.dashboard.show"))
    return render_template("home.html")


def _totals_by_difficulty() -> dict[str, int]:
    rows = db.session.execute(select(Problem.difficulty, func.count())
                              .where(Problem.retired.is_(False)).group_by(Problem.difficulty))
    return {difficulty: count for difficulty, count in rows}


def _recently_solved(limit: int = 5) -> list[dict]:
    accepted, _ = submissions.history(db.session, g.user, verdict="AC", mode="submit", per_page=50)
    seen: dict[str, dict] = {}
    for submission in accepted:
        seen.setdefault(submission.problem.slug, {"slug": submission.problem.slug, "title": submission.problem.title})
    return list(seen.values())[:limit]


@bp.get("/dashboard")
@login_required
def show():
    now = datetime.now(timezone.utc)
    user = g.user
    today = streaks.local_day(now, user.timezone)
    days = streaks.calendar(db.session, user, today - timedelta(days=7 * 53), today)
    solved = progress.solved_counts(db.session, user)
    weak = report.weak_topic_report(db.session, user.id, now)
    return render_template(
        "dashboard.html", streak=streaks.streak(db.session, user, now), solved=solved, report=weak,
        reviews=reviews.queue(db.session, user.id, now, limit=10), active_days=len(days),
        recent=_recently_solved(),
        heatmap=charts.activity_heatmap(days, today),
        difficulty_chart=charts.difficulty_bars(solved["by_difficulty"], _totals_by_difficulty()),
        strength_chart=charts.topic_strength_chart(weak["topics"]))
