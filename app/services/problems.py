"""Browsing the bank: the problem list with filters, one problem's public view, hints, topics.

No Flask here: functions take a ``Session`` and the caller's user id (``None`` when anonymous).
Hidden tests, reference code and answer keys never leave this module: the public views below
are built field by field, never from the whole row.

Per-user status of a problem (mutually exclusive): ``solved`` (a ProblemProgress row with
``solved_at``), ``attempted`` (a row with attempts but no solve), ``unsolved`` (anything else).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import nh3
from markdown_it import MarkdownIt
from sqlalchemy import String, and_, case, cast, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import HintReveal, Problem, ProblemProgress, TestCase, Topic, TopicEdge

STATUSES = ("solved", "attempted", "unsolved")
_DIFFICULTY_ORDER = case({"Easy": 0, "Medium": 1, "Hard": 2}, value=Problem.difficulty, else_=3)


class ProblemError(Exception):
    """A request the bank cannot answer; ``kind`` is ``invalid``, ``not_found`` or ``conflict``."""

    def __init__(self, kind: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.kind, self.field = kind, field


@dataclass(frozen=True)
class ProblemFilters:
    topic: str | None = None
    difficulty: str | None = None
    kind: str | None = None
    list: str | None = None
    status: str | None = None
    q: str | None = None


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def render_statement(markdown: str) -> str:
    """Markdown -> HTML, then sanitised: the statement may carry raw HTML, scripts never pass."""
    return nh3.clean(_markdown().render(markdown or ""))


def _progress(user_id: int):
    return and_(ProblemProgress.problem_id == Problem.id, ProblemProgress.user_id == user_id)


def _status_condition(user_id: int, status: str):
    solved = exists().where(_progress(user_id), ProblemProgress.solved_at.is_not(None))
    attempted = exists().where(_progress(user_id), ProblemProgress.solved_at.is_(None),
                               ProblemProgress.attempts > 0)
    if status == "solved":
        return solved
    if status == "attempted":
        return attempted
    return ~solved & ~attempted


def _statuses(session: Session, user_id: int | None, problem_ids: list[int]) -> dict[int, str]:
    if user_id is None or not problem_ids:
        return {}
    rows = session.execute(select(ProblemProgress.problem_id, ProblemProgress.solved_at,
                                  ProblemProgress.attempts)
                           .where(ProblemProgress.user_id == user_id,
                                  ProblemProgress.problem_id.in_(problem_ids)))
    return {pid: "solved" if solved_at is not None else "attempted" if attempts > 0 else "unsolved"
            for pid, solved_at, attempts in rows}


def _summary(problem: Problem, topic_slug: str, status: str | None) -> dict[str, Any]:
    return {"slug": problem.slug, "title": problem.title, "difficulty": problem.difficulty,
            "kind": problem.kind, "topic": topic_slug, "tags": list(problem.tags or []),
            "lists": list(problem.lists or []), "status": status}


def list_problems(session: Session, user_id: int | None, filters: ProblemFilters,
                  page: int = 1, per_page: int = 50) -> dict[str, Any]:
    """One page of live problems matching every filter, ordered by roadmap topic, difficulty, title.

    ``status`` needs a user; an unknown topic slug is refused rather than answered with nothing.
    """
    if filters.status is not None and user_id is None:
        raise ProblemError("unauthorized", "Filtering by status needs a signed-in user.", "status")
    conditions = [Problem.retired.is_(False)]
    if filters.topic is not None:
        if session.scalar(select(Topic.id).where(Topic.slug == filters.topic)) is None:
            raise ProblemError("invalid", f"Unknown topic {filters.topic!r}.", "topic")
        conditions.append(Topic.slug == filters.topic)
    if filters.difficulty is not None:
        conditions.append(Problem.difficulty == filters.difficulty)
    if filters.kind is not None:
        conditions.append(Problem.kind == filters.kind)
    if filters.list is not None:
        # lists is a JSON array of known names; its text holds each as a quoted string.
        conditions.append(cast(Problem.lists, String).like(f'%"{filters.list}"%'))
    if filters.q:
        needle = filters.q.strip().lower()
        conditions.append(func.lower(Problem.title).contains(needle, autoescape=True)
                          | func.lower(Problem.slug).contains(needle, autoescape=True))
    if filters.status is not None:
        conditions.append(_status_condition(user_id, filters.status))

    base = select(Problem, Topic.slug).join(Topic, Problem.topic_id == Topic.id).where(*conditions)
    total = session.scalar(select(func.count()).select_from(base.subquery()))
    rows = session.execute(base.order_by(Topic.position, _DIFFICULTY_ORDER, Problem.title, Problem.id)
                           .offset((page - 1) * per_page).limit(per_page)).all()
    statuses = _statuses(session, user_id, [p.id for p, _ in rows])
    default = None if user_id is None else "unsolved"
    items = [_summary(p, slug, statuses.get(p.id, default)) for p, slug in rows]
    return {"items": items, "total": total, "page": page, "per_page": per_page}


def _live_problem(session: Session, slug: str) -> Problem:
    problem = session.scalar(select(Problem).where(Problem.slug == slug, Problem.retired.is_(False)))
    if problem is None:
        raise ProblemError("not_found", f"No problem {slug!r}.")
    return problem


def _revealed_indices(session: Session, user_id: int | None, problem_id: int) -> list[int]:
    if user_id is None:
        return []
    return list(session.scalars(select(HintReveal.hint_index)
                                .where(HintReveal.user_id == user_id, HintReveal.problem_id == problem_id)
                                .order_by(HintReveal.hint_index)))


def get_problem(session: Session, user_id: int | None, slug: str) -> dict[str, Any]:
    """The public view of one live problem: sample tests only, no reference code nor answer key."""
    problem = _live_problem(session, slug)
    samples = session.execute(select(TestCase.input, TestCase.expected)
                              .where(TestCase.problem_id == problem.id, TestCase.is_sample.is_(True))
                              .order_by(TestCase.ordinal)).all()
    hints = list(problem.hints or [])
    revealed = [hints[i] for i in _revealed_indices(session, user_id, problem.id) if 0 <= i < len(hints)]
    return {
        **_summary(problem, problem.topic.slug, None),
        "topic_name": problem.topic.name,
        "statement_html": render_statement(problem.statement_md),
        "starter_code": problem.starter_code or "",
        "signature": problem.signature,
        "examples": [{"input": inp, "expected": expected} for inp, expected in samples],
        "hints_total": len(hints),
        "hints": revealed,
        "complexity": dict(problem.complexity or {}),
        "time_limit_ms": problem.time_limit_ms,
        "memory_limit_mb": problem.memory_limit_mb,
        "answer_format": answer_format(problem),
    }


def answer_format(problem: Problem) -> dict[str, Any] | None:
    """What a numeric or choice question's answer box needs, never the key itself."""
    key = problem.answer or {}
    if problem.kind == "numeric":
        return {"type": "number", "unit": key.get("unit"),
                "accepts": "a number such as 0.25, 1/4, 25% or 2.5e-1"}
    if problem.kind == "choice":
        return {"type": "choice", "multiple": bool(key.get("multiple")),
                "options": [{"id": o["id"], "text": o["text"]} for o in key.get("options", [])]}
    return None


def answer_explanation(problem: Problem) -> dict[str, Any] | None:
    """After answering: the worked explanation and, for choices, why each option is right or wrong."""
    if problem.kind not in ("numeric", "choice"):
        return None
    key = problem.answer or {}
    out: dict[str, Any] = {"explanation_html": render_statement(problem.explanation_md or "")}
    if problem.kind == "numeric":
        out["answer"] = key.get("value")
    else:
        out["options"] = [{"id": o["id"], "text": o["text"], "correct": o["correct"],
                           "explanation": o["explanation"]} for o in key.get("options", [])]
    return out


def reveal_next_hint(session: Session, user_id: int, slug: str) -> dict[str, Any]:
    """Record and return the lowest hint index this user has not seen yet; the caller commits.

    Idempotent per index (a unique constraint): a concurrent reveal of the same index is not a
    second reveal, it answers with that hint.
    """
    problem = _live_problem(session, slug)
    hints = list(problem.hints or [])
    seen = set(_revealed_indices(session, user_id, problem.id))
    index = next((i for i in range(len(hints)) if i not in seen), None)
    if index is None:
        message = ("This problem has no hints." if not hints
                   else f"All {len(hints)} hints of this problem are already revealed.")
        raise ProblemError("conflict", message)
    try:
        with session.begin_nested():
            session.add(HintReveal(user_id=user_id, problem_id=problem.id, hint_index=index))
    except IntegrityError:
        pass  # the same index was revealed by a concurrent request: already recorded
    return {"index": index, "hint": hints[index], "hints_total": len(hints)}


def list_topics(session: Session, user_id: int | None) -> dict[str, Any]:
    """Topics in roadmap order with prerequisites, live problem counts and the user's solves."""
    topics = list(session.scalars(select(Topic).order_by(Topic.position, Topic.id)))
    slugs = {t.id: t.slug for t in topics}
    order = {t.id: (t.position, t.id) for t in topics}
    prerequisites: dict[int, list[int]] = {t.id: [] for t in topics}
    for before, after in session.execute(select(TopicEdge.from_topic_id, TopicEdge.to_topic_id)):
        if after in prerequisites and before in slugs:
            prerequisites[after].append(before)
    counts = dict(session.execute(select(Problem.topic_id, func.count())
                                  .where(Problem.retired.is_(False)).group_by(Problem.topic_id)).all())
    solved: dict[int, int] = {}
    if user_id is not None:
        solved = dict(session.execute(
            select(Problem.topic_id, func.count())
            .join(ProblemProgress, ProblemProgress.problem_id == Problem.id)
            .where(Problem.retired.is_(False), ProblemProgress.user_id == user_id,
                   ProblemProgress.solved_at.is_not(None))
            .group_by(Problem.topic_id)).all())
    return {"items": [
        {"slug": t.slug, "name": t.name, "area": t.area, "position": t.position,
         "prerequisites": [slugs[i] for i in sorted(prerequisites[t.id], key=order.__getitem__)],
         "problems": counts.get(t.id, 0), "solved": solved.get(t.id, 0)}
        for t in topics]}

