"""Timed mock interviews: pick the problems, keep the deadline, close at it, report.

The server owns the clock: ``ends_at`` is fixed when the mock starts, a submission created after it
is refused, and ``finish_expired`` (run by the maintenance thread of every serving process, and on
every read of a mock) closes a mock at its deadline even if nobody is looking. A submission made
before the deadline but judged after it still counts: its verdict refreshes the report.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import HintReveal, Mock, MockProblem, Problem, ProblemProgress, Submission, Topic, User

KINDS = {"dsa": ("function", "design"), "ml": ("ml", "numeric", "choice")}
KINDS["mixed"] = KINDS["dsa"] + KINDS["ml"]
DIFFICULTIES = ("Easy", "Medium", "Hard")
MIN_MINUTES, MAX_MINUTES = 15, 180
RECENT_MOCKS = 3  # problems of the user's last few mocks are not drawn again while others remain
WEIGHT = {"Easy": 1, "Medium": 2, "Hard": 3}


class MockError(ValueError):
    def __init__(self, message: str, status: int = 422, code: str = "validation_error") -> None:
        super().__init__(message)
        self.status, self.code = status, code


def default_mix(minutes: int) -> list[str]:
    """What an interviewer fits into the time: one medium in half an hour, three problems in ninety minutes."""
    if minutes < 40:
        return ["Medium"]
    if minutes < 55:
        return ["Easy", "Medium"]
    if minutes < 75:
        return ["Medium", "Medium"]
    return ["Easy", "Medium", "Hard"]


def start(session: Session, user: User, now: datetime, *, kind: str = "dsa", minutes: int = 45,
          difficulty: list[str] | None = None, topics: list[str] | None = None,
          rng: random.Random | None = None) -> Mock:
    """Draw the problems and start the clock (the caller commits). One active mock per user."""
    finish_expired(session, now, user_id=user.id)
    if kind not in KINDS:
        raise MockError(f"kind must be one of {', '.join(KINDS)}")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise MockError(f"minutes must be between {MIN_MINUTES} and {MAX_MINUTES}")
    mix = list(difficulty) if difficulty else default_mix(minutes)
    if not 1 <= len(mix) <= 4 or any(d not in DIFFICULTIES for d in mix):
        raise MockError("difficulty must list 1 to 4 of Easy, Medium, Hard (one per problem)")
    active = session.scalar(select(Mock).where(Mock.user_id == user.id, Mock.status == "active"))
    if active is not None:
        raise MockError(f"mock {active.id} is still running (until {active.ends_at.isoformat()}); "
                        "finish it first", 409, "conflict")
    topic_ids = _topic_ids(session, topics)
    chosen = _draw(session, user, kind, mix, topic_ids, rng or random.Random())
    mock = Mock(user_id=user.id, kind=kind, minutes=minutes, status="active", started_at=now,
                ends_at=now + timedelta(minutes=minutes),
                settings={"difficulty": mix, "topics": sorted(topics or [])})
    mock.problems = [MockProblem(problem_id=problem.id, position=i) for i, problem in enumerate(chosen)]
    session.add(mock)
    session.flush()
    return mock


def _topic_ids(session: Session, slugs: list[str] | None) -> list[int] | None:
    if not slugs:
        return None
    rows = dict(session.execute(select(Topic.slug, Topic.id).where(Topic.slug.in_(slugs))).all())
    unknown = sorted(set(slugs) - set(rows))
    if unknown:
        raise MockError(f"unknown topic(s): {', '.join(unknown)}")
    return list(rows.values())


def _draw(session: Session, user: User, kind: str, mix: list[str], topic_ids: list[int] | None,
          rng: random.Random) -> list[Problem]:
    """Unsolved first (never attempted before attempted), then solved; recent mocks' problems last."""
    query = select(Problem).where(Problem.retired.is_(False), Problem.kind.in_(KINDS[kind]))
    if topic_ids is not None:
        query = query.where(Problem.topic_id.in_(topic_ids))
    candidates = list(session.scalars(query))
    progress = {p.problem_id: p for p in session.scalars(
        select(ProblemProgress).where(ProblemProgress.user_id == user.id))}
    recent_mocks = select(Mock.id).where(Mock.user_id == user.id).order_by(Mock.id.desc()).limit(RECENT_MOCKS)
    recent = set(session.scalars(select(MockProblem.problem_id).where(MockProblem.mock_id.in_(recent_mocks))))

    def rank(problem: Problem) -> tuple:
        seen = progress.get(problem.id)
        solved = seen is not None and seen.solved_at is not None
        return (problem.id in recent, solved, seen is not None, rng.random())

    chosen: list[Problem] = []
    ml_slot = kind == "mixed" and len(mix) > 1  # a mixed mock ends with one ML question
    for position, wanted in enumerate(mix):
        kinds = KINDS["ml"] if ml_slot and position == len(mix) - 1 else KINDS["dsa" if kind == "mixed" else kind]
        pool = [p for p in candidates if p.kind in kinds and p not in chosen]
        exact = [p for p in pool if p.difficulty == wanted]
        pick = min(exact or pool, key=rank, default=None)
        if pick is None:
            raise MockError("no problems match these settings; widen the topics or the kind")
        chosen.append(pick)
    return chosen


def get_own(session: Session, user: User, mock_id: int, now: datetime) -> Mock:
    mock = session.get(Mock, mock_id)
    if mock is None or mock.user_id != user.id:  # another user's mock is not found, not forbidden
        raise MockError("No such mock.", 404, "not_found")
    if mock.status == "active" and mock.ends_at <= now:
        finish(session, mock, mock.ends_at)
    return mock


def history(session: Session, user: User, now: datetime, limit: int = 50) -> list[Mock]:
    finish_expired(session, now, user_id=user.id)
    return list(session.scalars(select(Mock).where(Mock.user_id == user.id).order_by(Mock.id.desc()).limit(limit)))


def finish(session: Session, mock: Mock, at: datetime) -> Mock:
    """Close the mock (the caller commits); ``at`` is the deadline when it ran out, else now."""
    if mock.status == "active":
        mock.status, mock.finished_at = "finished", min(at, mock.ends_at)
    mock.report = build_report(session, mock)
    mock.score = mock.report["score"]
    return mock


def finish_expired(session: Session, now: datetime, user_id: int | None = None) -> int:
    query = select(Mock).where(Mock.status == "active", Mock.ends_at <= now)
    if user_id is not None:
        query = query.where(Mock.user_id == user_id)
    expired = list(session.scalars(query))
    for mock in expired:
        finish(session, mock, mock.ends_at)
    return len(expired)


def check_submission(session: Session, user: User, mock_id: int, problem: Problem, now: datetime) -> Mock:
    """A submission may join a mock only while it runs, and only for one of its problems."""
    mock = get_own(session, user, mock_id, now)
    if mock.status != "active":
        raise MockError(f"mock {mock.id} ended at {mock.finished_at.isoformat()}; it takes no more "
                        "submissions", 409, "mock_over")
    if problem.id not in {p.problem_id for p in mock.problems}:
        raise MockError(f"problem {problem.slug!r} is not part of mock {mock.id}")
    return mock


def on_judged(session: Session, submission: Submission) -> None:
    """A verdict for a mock's submission: mark the solve; refresh the report if the mock is over."""
    if submission.mock_id is None:
        return
    mock = session.get(Mock, submission.mock_id)
    if mock is None:
        return
    if submission.mode == "submit" and submission.verdict == "AC":
        for item in mock.problems:
            if item.problem_id == submission.problem_id and item.solved_at is None:
                item.solved_at = submission.created_at
    if mock.status == "finished":
        session.flush()
        finish(session, mock, mock.finished_at)


def hides_details(session: Session, submission: Submission) -> bool:
    """During a mock a submit shows only passed/total; everything comes back once the mock ends."""
    if submission.mock_id is None or submission.mode != "submit":
        return False
    status = session.scalar(select(Mock.status).where(Mock.id == submission.mock_id))
    return status == "active"


def build_report(session: Session, mock: Mock) -> dict[str, Any]:
    end = mock.finished_at or mock.ends_at
    items, credit, weight_total = [], 0.0, 0
    for item in mock.problems:
        problem = item.problem
        submits = session.execute(select(Submission.verdict, Submission.created_at).where(
            Submission.mock_id == mock.id, Submission.problem_id == problem.id,
            Submission.mode == "submit").order_by(Submission.id)).all()
        runs = session.scalar(select(func.count()).select_from(Submission).where(
            Submission.mock_id == mock.id, Submission.problem_id == problem.id, Submission.mode == "run"))
        hints = session.scalar(select(func.count()).select_from(HintReveal).where(
            HintReveal.user_id == mock.user_id, HintReveal.problem_id == problem.id,
            HintReveal.revealed_at >= mock.started_at, HintReveal.revealed_at <= end))
        first_ac = next((i for i, (verdict, _) in enumerate(submits) if verdict == "AC"), None)
        failed = sum(1 for verdict, _ in submits[:first_ac] if verdict not in (None, "AC", "IE"))
        pending = sum(1 for verdict, _ in submits if verdict is None)
        weight = WEIGHT.get(problem.difficulty, 2)
        weight_total += weight
        seconds = None
        if first_ac is not None:
            seconds = round((submits[first_ac][1] - mock.started_at).total_seconds(), 1)
            credit += weight * (1 - min(0.5, 0.1 * failed + 0.15 * hints))
        items.append({"problem": problem.slug, "title": problem.title, "difficulty": problem.difficulty,
                      "solved": first_ac is not None, "seconds_to_ac": seconds, "attempts": len(submits),
                      "failed_before_ac": failed, "runs": runs, "hints": hints, "pending": pending})
    score = round(100 * credit / weight_total, 1) if weight_total else 0.0
    return {"solved": sum(i["solved"] for i in items), "total": len(items), "score": score,
            "problems": items, "comparison": _comparison(session, mock, score)}


def _comparison(session: Session, mock: Mock, score: float) -> dict[str, Any]:
    earlier = list(session.scalars(select(Mock.score).where(
        Mock.user_id == mock.user_id, Mock.status == "finished", Mock.id < mock.id,
        Mock.score.is_not(None)).order_by(Mock.id)))
    if not earlier:
        return {"previous_mocks": 0, "previous_average": None, "previous_best": None,
                "change_from_last": None, "rank": 1}
    return {"previous_mocks": len(earlier), "previous_average": round(sum(earlier) / len(earlier), 1),
            "previous_best": max(earlier), "change_from_last": round(score - earlier[-1], 1),
            "rank": 1 + sum(1 for s in earlier if s > score)}
