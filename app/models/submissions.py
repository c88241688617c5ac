"""Submissions: stored before they are judged, so none is ever lost."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow
from app.models.bank import Problem


class Submission(Base):
    """One run or submit of code (or an answer) against a problem.

    Life: ``queued`` (stored, waiting) -> ``running`` (a judge holds a lease until ``lease_expires_at``)
    -> ``done`` with a verdict. A sweeper re-queues a ``running`` row whose lease expired, so a judge
    that died never leaves a submission stuck; ``judge_attempts`` counts those tries.
    """

    __tablename__ = "submissions"
    __table_args__ = (
        Index("ix_submissions_user_id_created_at", "user_id", "created_at"),
        Index("ix_submissions_status_created_at", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id"), index=True)
    mock_id: Mapped[int | None] = mapped_column(ForeignKey("mocks.id", ondelete="SET NULL"), index=True)
    mode: Mapped[str] = mapped_column(String(8))  # run | submit
    status: Mapped[str] = mapped_column(String(8), default="queued")  # queued | running | done
    verdict: Mapped[str | None] = mapped_column(String(4))  # AC WA TLE MLE RE CE OLE IE
    passed: Mapped[int | None]
    total: Mapped[int | None]
    runtime_ms: Mapped[float | None]
    code: Mapped[str | None] = mapped_column(Text)
    answer: Mapped[Any | None] = mapped_column(JSON)  # numeric/choice kinds
    custom_tests: Mapped[list[Any] | None]  # run mode: inputs the user typed
    first_failure: Mapped[dict[str, Any] | None]  # input, expected, actual, stdout of the first failing case
    details: Mapped[dict[str, Any] | None]  # message, trimmed traceback, run-mode outputs, compile error
    judge_attempts: Mapped[int] = mapped_column(default=0)
    worker: Mapped[str | None] = mapped_column(String(64))
    lease_expires_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]

    problem: Mapped[Problem] = relationship()


class ProblemProgress(Base):
    """Per user and problem: attempts and the first accepted solve (kept so reports stay fast)."""

    __tablename__ = "problem_progress"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id"), primary_key=True)
    attempts: Mapped[int] = mapped_column(default=0)
    attempts_to_first_ac: Mapped[int | None]
    first_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    solved_at: Mapped[datetime | None]
    first_ac_submission_id: Mapped[int | None] = mapped_column(
        ForeignKey("submissions.id", ondelete="SET NULL"))
    seconds_to_solve: Mapped[float | None]
    hints_used: Mapped[int] = mapped_column(default=0)
    last_submission_at: Mapped[datetime | None]


class DailyActivity(Base):
    """One row per user and local day (in the user's time zone) with any activity."""

    __tablename__ = "daily_activity"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    submissions: Mapped[int] = mapped_column(default=0)
    accepted: Mapped[int] = mapped_column(default=0)
    solved: Mapped[int] = mapped_column(default=0)  # problems solved for the first time that day
