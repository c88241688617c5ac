"""Spaced reviews with FSRS (library ``fsrs``): each solved problem becomes a card.

A review is a fresh solve. The first accepted ``submit`` of a problem creates its card and rates
that solve; once the card is due, the next accepted ``submit`` is its review. An accepted
submission before the card is due changes nothing: FSRS decides when recall is worth testing.

The rating comes from how the solve went (``rate``): failed submissions, hints revealed and
time to solve against the difficulty's target. The scheduler has no learning steps (a coding
problem is not re-tested ten minutes later) and no fuzzing (a due date is reproducible).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fsrs import Card, Rating, Scheduler
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import insert_if_missing
from app.models import HintReveal, Problem, ReviewCard, ReviewLog, Submission

SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False, desired_retention=0.9)

# What a prepared learner needs for a problem of each difficulty (also the report's yardstick).
TARGET_SECONDS = {"Easy": 15 * 60, "Medium": 25 * 60, "Hard": 40 * 60}


@dataclass(frozen=True)
class SolveFacts:
    failed: int  # judged, non-AC submits before the AC (internal errors excluded)
    hints: int  # hints revealed during the solve
    seconds: float | None  # from the first submission (run or submit) of the solve to the AC; None if the AC was first
    target_seconds: int


def rate(facts: SolveFacts) -> Rating:
    """Again: it took 3+ failed submits or 2+ hints; Hard: a failure, a hint or over the target time;
    Easy: clean and within half the target; Good: the rest (including a clean solve of unknown time)."""
    if facts.failed >= 3 or facts.hints >= 2:
        return Rating.Again
    if facts.failed or facts.hints or (facts.seconds is not None and facts.seconds > facts.target_seconds):
        return Rating.Hard
    if facts.seconds is not None and 0 < facts.seconds <= facts.target_seconds / 2:
        return Rating.Easy
    return Rating.Good


def record_accepted(session: Session, submission: Submission, now: datetime) -> ReviewLog | None:
    """Called for every accepted ``submit`` (the caller commits): create or review the card."""
    key = (ReviewCard.user_id == submission.user_id, ReviewCard.problem_id == submission.problem_id)
    # A card with no review yet (reps 0) is created if missing; concurrent judges cannot both create it.
    insert_if_missing(session, ReviewCard, ["user_id", "problem_id"], user_id=submission.user_id,
                      problem_id=submission.problem_id, card=Card().to_dict(), due=now, reps=0)
    card_row = session.scalar(select(ReviewCard).where(*key).with_for_update()
                              .execution_options(populate_existing=True))
    first = card_row.reps == 0
    if not first and card_row.due > now:
        return None  # not due yet: practice, not a review
    facts = _solve_facts(session, submission, None if first else card_row.last_review)
    rating = rate(facts)
    card, _ = SCHEDULER.review_card(Card() if first else Card.from_dict(card_row.card), rating, now)
    _store(card_row, card)
    log = ReviewLog(card_id=card_row.id, submission_id=submission.id, rating=int(rating), reviewed_at=now)
    session.add(log)
    return log


def _store(row: ReviewCard, card: Card) -> None:
    row.card = card.to_dict()
    row.due, row.stability, row.difficulty = card.due, card.stability, card.difficulty
    row.state, row.last_review = int(card.state), card.last_review
    row.reps = (row.reps or 0) + 1


def _solve_facts(session: Session, submission: Submission, since: datetime | None) -> SolveFacts:
    """The solve is everything of this user on this problem after ``since`` (the last review), up to this AC."""
    window = [Submission.user_id == submission.user_id, Submission.problem_id == submission.problem_id,
              Submission.id < submission.id]
    if since is not None:
        window.append(Submission.created_at > since)
    failed = session.scalar(select(func.count()).select_from(Submission).where(
        *window, Submission.mode == "submit", Submission.verdict.is_not(None),
        Submission.verdict.not_in(("AC", "IE"))))
    first = session.scalar(select(func.min(Submission.created_at)).where(*window))
    hint_window = [HintReveal.user_id == submission.user_id, HintReveal.problem_id == submission.problem_id]
    if since is not None:
        hint_window.append(HintReveal.revealed_at > since)
    hints = session.scalar(select(func.count()).select_from(HintReveal).where(*hint_window))
    seconds = (submission.created_at - first).total_seconds() if first is not None else None
    difficulty = session.scalar(select(Problem.difficulty).where(Problem.id == submission.problem_id))
    return SolveFacts(failed or 0, hints or 0, seconds, TARGET_SECONDS.get(difficulty, TARGET_SECONDS["Medium"]))


def retrievability(row: ReviewCard, now: datetime) -> float:
    """FSRS's probability that the user could solve it again now."""
    return SCHEDULER.get_card_retrievability(Card.from_dict(row.card), now)


def queue(session: Session, user_id: int, now: datetime, limit: int = 50) -> dict:
    """Due cards, most overdue first, and the count and next date of the ones not due yet."""
    rows = session.execute(
        select(ReviewCard, Problem.slug, Problem.title, Problem.difficulty)
        .join(Problem, Problem.id == ReviewCard.problem_id)
        .where(ReviewCard.user_id == user_id, ReviewCard.due <= now, Problem.retired.is_(False))
        .order_by(ReviewCard.due, ReviewCard.id).limit(limit)).all()
    due_total = session.scalar(select(func.count()).select_from(ReviewCard).join(Problem).where(
        ReviewCard.user_id == user_id, ReviewCard.due <= now, Problem.retired.is_(False)))
    upcoming = session.execute(select(func.count(), func.min(ReviewCard.due)).where(
        ReviewCard.user_id == user_id, ReviewCard.due > now)).one()
    items = [{"problem": slug, "title": title, "difficulty": difficulty, "due": card.due,
              "reps": card.reps, "retrievability": round(retrievability(card, now), 3)}
             for card, slug, title, difficulty in rows]
    return {"due": items, "due_total": due_total, "upcoming": upcoming[0], "next_due": upcoming[1]}
