"""The signed-in user's progress: streak, activity calendar, solved counts, weak topics, reviews."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from apiflask import APIBlueprint
from pydantic import BaseModel, Field, model_validator

from app.api.security import current_user, login_required
from app.extensions import db
from app.services import progress, report, reviews, streaks

bp = APIBlueprint("progress", __name__, tag="Progress")
MAX_CALENDAR_DAYS = 400


class StreakOut(BaseModel):
    current: int
    longest: int
    today_done: bool
    last_active_day: str | None
    next_reset_at: str = Field(description="UTC instant when the current streak breaks without an AC")
    timezone: str
    solved: dict = Field(description="solved problems: total, by_difficulty, by_topic")


class CalendarQuery(BaseModel):
    start: date | None = None
    end: date | None = None

    @model_validator(mode="after")
    def _ordered(self):
        for value in (self.start, self.end):
            if value is not None and not date(2000, 1, 1) <= value <= date(2200, 12, 31):
                raise ValueError("dates must lie between 2000-01-01 and 2200-12-31")
        if self.start and self.end and (self.end < self.start or (self.end - self.start).days > MAX_CALENDAR_DAYS):
            raise ValueError(f"end must follow start, at most {MAX_CALENDAR_DAYS} days later")
        return self


class Day(BaseModel):
    day: str
    accepted: int
    submissions: int
    solved: int


class CalendarOut(BaseModel):
    start: str
    end: str
    days: list[Day]


@bp.get("/me/streak")
@bp.output(StreakOut)
@login_required
def streak():
    user = current_user()
    data = streaks.streak(db.session, user, datetime.now(timezone.utc))
    return {**data, "solved": progress.solved_counts(db.session, user)}


@bp.get("/me/calendar")
@bp.input(CalendarQuery, location="query", arg_name="query")
@bp.output(CalendarOut)
@login_required
def calendar(query: CalendarQuery):
    user = current_user()
    end = query.end or streaks.local_day(datetime.now(timezone.utc), user.timezone)
    start = query.start or end - timedelta(days=364)
    return {"start": start.isoformat(), "end": end.isoformat(),
            "days": streaks.calendar(db.session, user, start, end)}


class TopicReport(BaseModel):
    topic: str
    name: str
    problems: int
    attempted: int
    solved: int
    submits: int
    accepted: int
    acceptance: float | None
    mean_attempts_to_ac: float | None
    median_time_ratio: float | None = Field(description="median time to solve / the difficulty's target")
    retrievability: float | None = Field(description="mean FSRS recall probability of the topic's cards")
    weakness: float = Field(description="0 (strong) to 1 (weak)")
    reasons: list[str]
    ready: bool = Field(description="its prerequisite topics are met")


class Recommendation(BaseModel):
    problem: str
    title: str
    difficulty: str
    kind: str = Field(description="review (a due card) or practice")
    reason: str


class ReportOut(BaseModel):
    topics: list[TopicReport] = Field(description="attempted topics, weakest first")
    untouched: list[dict[str, Any]]
    recommendations: list[Recommendation]


class ReviewItem(BaseModel):
    problem: str
    title: str
    difficulty: str
    due: datetime
    reps: int
    retrievability: float


class ReviewsOut(BaseModel):
    due: list[ReviewItem]
    due_total: int
    upcoming: int
    next_due: datetime | None


@bp.get("/me/report")
@bp.output(ReportOut)
@login_required
def weak_topics():
    return report.weak_topic_report(db.session, current_user().id, datetime.now(timezone.utc))


@bp.get("/me/reviews")
@bp.output(ReviewsOut)
@login_required
def review_queue():
    return reviews.queue(db.session, current_user().id, datetime.now(timezone.utc))
