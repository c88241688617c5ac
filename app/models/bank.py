"""The problem bank: topics and their roadmap, problems, their test cases, and hints revealed."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow


class Topic(Base):
    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    area: Mapped[str] = mapped_column(String(16), default="dsa")  # dsa | ml | stats
    position: Mapped[int] = mapped_column(default=0)

    problems: Mapped[list[Problem]] = relationship(back_populates="topic")


class TopicEdge(Base):
    """A roadmap edge: ``from_topic`` should be learnt before ``to_topic``."""

    __tablename__ = "topic_edges"

    from_topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True)
    to_topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True)


class Problem(Base):
    """One problem of any kind. Code kinds carry a signature and limits; answer kinds an answer key.

    ``source_hash`` is the hash of the problem's folder, so ``flask bank sync`` can tell what changed.
    A problem removed from the folder is ``retired``, never deleted: submissions keep pointing at it.
    """

    __tablename__ = "problems"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(128), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # function | design | ml | numeric | choice
    difficulty: Mapped[str] = mapped_column(String(8))  # Easy | Medium | Hard
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id"), index=True)
    tags: Mapped[list[str]] = mapped_column(default=list)
    lists: Mapped[list[str]] = mapped_column(default=list)  # neetcode150, blind75, ...
    signature: Mapped[dict[str, Any] | None]  # class, method, params [{name, type}], returns, codec
    checker: Mapped[str] = mapped_column(String(32), default="exact")
    checker_options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    time_limit_ms: Mapped[int] = mapped_column(default=2000)
    memory_limit_mb: Mapped[int] = mapped_column(default=256)
    hints: Mapped[list[str]] = mapped_column(default=list)
    complexity: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"time": "O(n)", "space": "O(1)"}
    statement_md: Mapped[str] = mapped_column(Text, default="")
    starter_code: Mapped[str] = mapped_column(Text, default="")
    reference_code: Mapped[str | None] = mapped_column(Text)  # never sent to clients
    reference_runtime_ms: Mapped[float | None]
    answer: Mapped[dict[str, Any] | None]  # numeric / choice answer key; never sent to clients
    explanation_md: Mapped[str | None] = mapped_column(Text)
    source_hash: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(default=1)
    retired: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    topic: Mapped[Topic] = relationship(back_populates="problems")
    test_cases: Mapped[list[TestCase]] = relationship(
        back_populates="problem", cascade="all, delete-orphan", order_by="TestCase.ordinal")


class TestCase(Base):
    """A test: inputs and the expected output. Samples are shown; the rest never leave the server."""

    __tablename__ = "test_cases"
    __table_args__ = (UniqueConstraint("problem_id", "ordinal"),)
    __test__ = False  # not a pytest class

    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id", ondelete="CASCADE"))
    ordinal: Mapped[int]
    is_sample: Mapped[bool] = mapped_column(default=False)
    is_large: Mapped[bool] = mapped_column(default=False)  # runtime is reported on the large tests
    input: Mapped[dict[str, Any]]  # {"args": [...]} or {"ops": [...], "args": [...]}
    expected: Mapped[Any] = mapped_column(JSON)

    problem: Mapped[Problem] = relationship(back_populates="test_cases")


class HintReveal(Base):
    """A hint a user chose to see; hints used lower the rating of the review that follows."""

    __tablename__ = "hint_reveals"
    __table_args__ = (UniqueConstraint("user_id", "problem_id", "hint_index"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id"))
    hint_index: Mapped[int]
    revealed_at: Mapped[datetime] = mapped_column(default=utcnow)
