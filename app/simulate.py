"""A seeded simulated learner: months of realistic activity through the real services.

Used by the weak-topic report's tests and by ``bench/report.py``; nothing here runs user code.
``catalogue`` writes topics and problem rows from the bank's ``problem.toml`` files alone (no tests,
no sandbox), and ``simulate`` replays a learner day by day: pick a topic the learner is ready for,
pick a due review or an unsolved problem, submit until accepted or given up, reveal hints when
stuck. Every verdict goes through ``submissions.record_verdict``, exactly as a judged one does, so
progress, streaks, review cards and the report see what a real user would produce.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.bank import topics as topic_data
from app.bank.loader import PROBLEMS_ROOT, find_problem_folders, load_metadata
from app.models import HintReveal, Problem, ReviewCard, Submission, Topic, TopicEdge, User
from app.services import submissions
from app.services.reviews import TARGET_SECONDS

WRONG_VERDICTS = ("WA", "WA", "WA", "TLE", "RE")
GIVE_UP_AFTER = 6


def catalogue(session: Session) -> dict[str, int]:
    """Topics, roadmap edges and one row per bank problem (metadata only); slug -> problem id."""
    topic_rows = {t.name: t for t in session.scalars(select(Topic))}
    for position, (name, area) in enumerate(topic_data.all_topics()):
        if name not in topic_rows:
            topic_rows[name] = Topic(slug=topic_data.topic_slug(name), name=name, area=area, position=position)
            session.add(topic_rows[name])
    session.flush()
    if session.scalar(select(TopicEdge.from_topic_id).limit(1)) is None:
        for before, after in topic_data.roadmap_edges():
            session.add(TopicEdge(from_topic_id=topic_rows[before].id, to_topic_id=topic_rows[after].id))
    existing = {p.slug: p.id for p in session.scalars(select(Problem))}
    for folder in find_problem_folders(PROBLEMS_ROOT):
        meta = load_metadata(folder)
        if meta.slug in existing:
            continue
        row = Problem(slug=meta.slug, title=meta.title, kind=meta.kind, difficulty=meta.difficulty,
                      topic_id=topic_rows[meta.topic].id, tags=list(meta.tags), lists=list(meta.lists),
                      hints=list(meta.hints), signature=None, source_hash="")
        session.add(row)
        session.flush()
        existing[meta.slug] = row.id
    session.commit()
    return existing


@dataclass
class Learner:
    """Chance that one submit is accepted, per topic slug (``default`` for the rest)."""
    skill: dict[str, float]
    default: float = 0.6
    sessions_per_day: tuple[int, int] = (2, 6)
    seed: int = 0
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def p(self, topic_slug: str) -> float:
        return self.skill.get(topic_slug, self.default)


def simulate(session: Session, user: User, learner: Learner, start: datetime, days: int,
             areas: tuple[str, ...] = ("dsa",)) -> int:
    """Replay ``days`` days of practice from ``start`` (aware UTC) on the topics of ``areas``;
    the number of submissions made."""
    rng = learner.rng
    problems = list(session.execute(select(Problem.id, Problem.difficulty, Problem.hints, Topic.slug)
                                    .join(Topic).where(Problem.retired.is_(False), Topic.area.in_(areas))
                                    .order_by(Problem.id)))  # a fixed order: the same run on every database
    by_topic: dict[str, list] = {}
    for row in problems:
        by_topic.setdefault(row.slug, []).append(row)
    edges = [(a, b) for a, b in session.execute(
        select(Topic.slug, TopicEdge.to_topic_id).join(TopicEdge, TopicEdge.from_topic_id == Topic.id)
        .order_by(TopicEdge.from_topic_id, TopicEdge.to_topic_id))]
    topic_slug_of = dict(session.execute(select(Topic.id, Topic.slug)).all())
    needs: dict[str, list[str]] = {}
    for before, after_id in edges:
        needs.setdefault(topic_slug_of[after_id], []).append(before)
    solved: dict[str, set[int]] = {slug: set() for slug in by_topic}
    made = 0
    for day in range(days):
        clock = start + timedelta(days=day, hours=rng.uniform(7, 12))
        for _ in range(rng.randint(*learner.sessions_per_day)):
            ready = [t for t in by_topic if all(len(solved.get(b, ())) >= 2 for b in needs.get(t, []))]
            topic = rng.choice(ready)
            due = session.scalar(select(ReviewCard.problem_id).where(
                ReviewCard.user_id == user.id, ReviewCard.due <= clock).order_by(ReviewCard.due, ReviewCard.id).limit(1))
            open_problems = [p for p in by_topic[topic] if p.id not in solved[topic]]
            if due is not None and rng.random() < 0.5:
                problem = next(p for rows in by_topic.values() for p in rows if p.id == due)
                topic = next(t for t, rows in by_topic.items() if problem in rows)
            elif open_problems:
                problem = rng.choice(open_problems)
            else:
                continue
            clock, count, accepted = _solve(session, user, learner.p(topic), problem, clock, rng)
            made += count
            if accepted:
                solved[topic].add(problem.id)
            clock += timedelta(minutes=rng.uniform(10, 90))
    session.commit()
    return made


def _solve(session, user, p, problem, clock, rng):
    """Submit until accepted or given up; hints when stuck. Returns (clock, submissions, accepted)."""
    target = TARGET_SECONDS[problem.difficulty]
    session.add(Submission(user_id=user.id, problem_id=problem.id, mode="run", status="done", verdict="WA",
                           code="# simulated", created_at=clock, started_at=clock, finished_at=clock))
    for attempt in range(1, GIVE_UP_AFTER + 1):
        clock += timedelta(seconds=target * rng.uniform(0.3, 2.2 - p))
        if attempt >= 2 and rng.random() > p:
            _reveal_hint(session, user, problem, clock)
        accepted = rng.random() < p
        verdict = "AC" if accepted else rng.choice(WRONG_VERDICTS)
        submission = Submission(user_id=user.id, problem_id=problem.id, mode="submit", status="done",
                                verdict=verdict, passed=None, total=None, code="# simulated",
                                created_at=clock, started_at=clock, finished_at=clock)
        session.add(submission)
        session.flush()
        submissions.record_verdict(session, submission, clock)
        if accepted:
            return clock, attempt, True
    return clock, GIVE_UP_AFTER, False


def _reveal_hint(session, user, problem, clock) -> None:
    seen = set(session.scalars(select(HintReveal.hint_index).where(
        HintReveal.user_id == user.id, HintReveal.problem_id == problem.id)))
    index = next((i for i in range(len(problem.hints or [])) if i not in seen), None)
    if index is not None:
        session.add(HintReveal(user_id=user.id, problem_id=problem.id, hint_index=index, revealed_at=clock))
