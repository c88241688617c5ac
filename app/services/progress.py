"""Solved counts for a user: total, by difficulty and by topic (from ProblemProgress)."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Problem, ProblemProgress, Topic, User


def solved_counts(session: Session, user: User) -> dict:
    rows = session.execute(
        select(Problem.difficulty, Topic.slug, func.count())
        .join(ProblemProgress, ProblemProgress.problem_id == Problem.id)
        .join(Topic, Topic.id == Problem.topic_id)
        .where(ProblemProgress.user_id == user.id, ProblemProgress.solved_at.is_not(None))
        .group_by(Problem.difficulty, Topic.slug)).all()
    by_difficulty = {"Easy": 0, "Medium": 0, "Hard": 0}
    by_topic: dict[str, int] = {}
    for difficulty, topic, count in rows:
        by_difficulty[difficulty] = by_difficulty.get(difficulty, 0) + count
        by_topic[topic] = by_topic.get(topic, 0) + count
    return {"total": sum(by_difficulty.values()), "by_difficulty": by_difficulty, "by_topic": by_topic}
