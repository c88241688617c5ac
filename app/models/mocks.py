"""Timed mock interviews and the problems drawn for each."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow
from app.models.bank import Problem


class Mock(Base):
    """The server keeps the deadline (``ends_at``); a mock past it is finished even if nobody looks."""

    __tablename__ = "mocks"
    __table_args__ = (Index("ix_mocks_status_ends_at", "status", "ends_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # dsa | ml | mixed
    minutes: Mapped[int]
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)  # difficulty mix, topics
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | finished
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ends_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    score: Mapped[float | None]
    report: Mapped[dict[str, Any] | None]

    problems: Mapped[list[MockProblem]] = relationship(
        back_populates="mock", cascade="all, delete-orphan", order_by="MockProblem.position")


class MockProblem(Base):
    __tablename__ = "mock_problems"
    __table_args__ = (UniqueConstraint("mock_id", "problem_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mock_id: Mapped[int] = mapped_column(ForeignKey("mocks.id", ondelete="CASCADE"))
    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id"))
    position: Mapped[int]
    solved_at: Mapped[datetime | None]

    mock: Mapped[Mock] = relationship(back_populates="problems")
    problem: Mapped[Problem] = relationship()
