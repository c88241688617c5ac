"""Spaced-review cards (FSRS) and the log of each review."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class ReviewCard(Base):
    """A solved problem becomes a card; ``card`` holds the fsrs library's serialised state.

    ``due``, ``stability`` and ``state`` are copied out of it so the queue is one indexed query.
    """

    __tablename__ = "review_cards"
    __table_args__ = (
        UniqueConstraint("user_id", "problem_id"),
        Index("ix_review_cards_user_id_due", "user_id", "due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id"))
    card: Mapped[dict[str, Any]]
    due: Mapped[datetime]
    stability: Mapped[float | None]
    difficulty: Mapped[float | None]
    state: Mapped[int] = mapped_column(default=1)
    reps: Mapped[int] = mapped_column(default=0)
    last_review: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewLog(Base):
    __tablename__ = "review_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("review_cards.id", ondelete="CASCADE"), index=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id", ondelete="SET NULL"))
    rating: Mapped[int]  # 1 Again, 2 Hard, 3 Good, 4 Easy
    reviewed_at: Mapped[datetime] = mapped_column(default=utcnow)
