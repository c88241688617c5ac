"""Submissions: stored first, judged after, written back once.

A submission is committed as ``queued`` before any judging starts, so nothing is lost if the
process dies; ``judge_stored`` claims it (``running``, with a lease), judges it and writes the
verdict exactly once (the claim is a conditional UPDATE, so two judges cannot both take it).
A first accepted ``submit`` of the day updates the streak calendar and the problem's progress.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.bank.schema import ANSWER_KINDS
from app.db import insert_if_missing
from app.judge import answers
from app.judge.pool import SandboxPool
from app.judge.runner import ProblemSpec, TestData, judge
from app.judge.verdicts import Verdict
from app.models import Problem, ProblemProgress, Submission, TestCase, User
from app.services import mocks, problems, reviews, streaks

MODES = ("run", "submit")
MAX_CUSTOM_TESTS = 10
LEASE = timedelta(minutes=5)
MAX_JUDGE_ATTEMPTS = 5


class SubmissionError(ValueError):
    def __init__(self, message: str, status: int = 422, code: str = "validation_error") -> None:
        super().__init__(message)
        self.status, self.code = status, code


def create(session: Session, pool: SandboxPool, user: User, slug: str, mode: str, code: str | None,
           max_code_bytes: int, custom_tests: list[Any] | None = None, mock_id: int | None = None,
           answer: Any = None) -> Submission:
    """Validate and store (committed, ``queued``). Custom inputs get their expected values from the
    reference solution, in the sandbox, now: an input the reference cannot run is refused here.
    With ``mock_id`` the submission belongs to that running mock (refused once its deadline passed)."""
    problem = session.scalar(select(Problem).where(Problem.slug == slug, Problem.retired.is_(False)))
    if problem is None:
        raise SubmissionError(f"no problem {slug!r}", 404, "not_found")
    if mock_id is not None:
        try:
            mocks.check_submission(session, user, mock_id, problem, datetime.now(timezone.utc))
        except mocks.MockError as exc:
            session.commit()  # a mock found past its deadline stays closed
            raise SubmissionError(str(exc), exc.status, exc.code) from None
    if problem.kind in ANSWER_KINDS:
        return _answer(session, user, problem, answer, mock_id)
    if answer is not None or code is None:
        raise SubmissionError(f"problem {slug!r} takes code: send 'code', not 'answer'")
    if mode not in MODES:
        raise SubmissionError("mode must be 'run' or 'submit'")
    if len(code.encode()) > max_code_bytes:
        raise SubmissionError(f"code is larger than {max_code_bytes // 1024} KB", 413, "too_large")
    if custom_tests and mode != "run":
        raise SubmissionError("custom tests are only for mode 'run'")
    if custom_tests:
        _validate_custom(problem, custom_tests)
        custom_tests = _expected_for_custom(pool, problem, custom_tests)
    submission = Submission(user_id=user.id, problem_id=problem.id, mode=mode, code=code,
                            custom_tests=custom_tests or None, status="queued", mock_id=mock_id)
    session.add(submission)
    session.commit()  # stored before anything is judged
    return submission


def _answer(session: Session, user: User, problem: Problem, answer: Any, mock_id: int | None) -> Submission:
    """Numeric and choice questions: no code, no sandbox; judged now and stored done (committed)."""
    if answer is None:
        raise SubmissionError(f"problem {problem.slug!r} takes an answer: send 'answer', not 'code'")
    try:
        correct = answers.check(problem.kind, problem.answer or {}, answer)
    except answers.AnswerError as exc:
        raise SubmissionError(f"answer not understood: {exc}") from None
    now = datetime.now(timezone.utc)
    submission = Submission(user_id=user.id, problem_id=problem.id, mode="submit", answer=answer,
                            mock_id=mock_id, status="done", verdict="AC" if correct else "WA",
                            passed=int(correct), total=1, created_at=now, started_at=now, finished_at=now,
                            details={"message": "Correct." if correct else "Not the right answer."})
    session.add(submission)
    session.flush()
    record_verdict(session, submission, now)
    session.commit()
    return submission


def _validate_custom(problem: Problem, tests: list[Any]) -> None:
    if len(tests) > MAX_CUSTOM_TESTS:
        raise SubmissionError(f"at most {MAX_CUSTOM_TESTS} custom tests")
    params = (problem.signature or {}).get("params", [])
    for index, test in enumerate(tests):
        if problem.kind == "design":
            ok = (isinstance(test, dict) and isinstance(test.get("ops"), list) and isinstance(test.get("args"), list)
                  and len(test["ops"]) == len(test["args"]) and test["ops"][:1] == [problem.signature["class"]])
            if not ok:
                raise SubmissionError(f"custom test {index}: give {{ops, args}} starting with "
                                      f"{problem.signature['class']!r}")
        elif not (isinstance(test, dict) and isinstance(test.get("args"), list) and len(test["args"]) == len(params)):
            raise SubmissionError(f"custom test {index}: give {{\"args\": [...]}} with {len(params)} value(s): "
                                  + ", ".join(p["name"] for p in params))


class SpecCache:
    """Problem specs built from the database, kept per (problem, version, mode): a large suite is
    megabytes and is encoded once, not per submission."""

    def __init__(self, size: int = 64) -> None:
        self._specs: OrderedDict[tuple, ProblemSpec] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, session: Session, problem: Problem, samples_only: bool) -> ProblemSpec:
        key = (problem.id, problem.version, samples_only)
        with self._lock:
            if key in self._specs:
                self._specs.move_to_end(key)
                return self._specs[key]
        query = select(TestCase).where(TestCase.problem_id == problem.id).order_by(TestCase.ordinal)
        if samples_only:
            query = query.where(TestCase.is_sample.is_(True))
        tests = [TestData(t.input, t.expected, t.is_sample, t.is_large) for t in session.scalars(query)]
        spec = spec_from_problem(problem, tests)
        with self._lock:
            self._specs[key] = spec
            while len(self._specs) > self._size:
                self._specs.popitem(last=False)
        return spec


def spec_from_problem(problem: Problem, tests: list[TestData]) -> ProblemSpec:
    return ProblemSpec(slug=problem.slug, kind=problem.kind, signature=problem.signature or {}, tests=tests,
                       checker=problem.checker, checker_options=dict(problem.checker_options or {}),
                       time_limit_ms=problem.time_limit_ms, memory_limit_mb=problem.memory_limit_mb)


def claim(session: Session, submission_id: int, worker: str, lease: timedelta = LEASE) -> int | None:
    """Take a queued submission (or one whose lease ran out); its attempt number, or None if
    another judge holds it or it is done."""
    now = datetime.now(timezone.utc)
    result = session.execute(
        update(Submission)
        .where(Submission.id == submission_id,
               (Submission.status == "queued")
               | ((Submission.status == "running") & (Submission.lease_expires_at < now)))
        .values(status="running", worker=worker, started_at=now, lease_expires_at=now + lease,
                judge_attempts=Submission.judge_attempts + 1))
    session.commit()
    if result.rowcount != 1:
        return None
    return session.scalar(select(Submission.judge_attempts).where(Submission.id == submission_id))


def stale(session: Session, now: datetime, queued_for: timedelta) -> list[int]:
    """Submissions a judge should (re)take: queued for longer than ``queued_for`` (their job may
    have been lost with Redis) or running on an expired lease (their judge died)."""
    return list(session.scalars(select(Submission.id).where(
        ((Submission.status == "queued") & (Submission.created_at < now - queued_for))
        | ((Submission.status == "running") & (Submission.lease_expires_at < now))).order_by(Submission.id)))


def judge_stored(session_factory: sessionmaker, pool: SandboxPool, specs: SpecCache, submission_id: int,
                 worker: str = "inline", lease: timedelta = LEASE) -> bool:
    """Judge one stored submission; False if it was not this judge's to take (or already done)."""
    with session_factory() as session:
        attempt = claim(session, submission_id, worker, lease)
        if attempt is None:
            return False
        if attempt > MAX_JUDGE_ATTEMPTS:  # judges keep dying on it: stop, say so, never loop forever
            mark_failed(session_factory, submission_id, f"The judge failed {MAX_JUDGE_ATTEMPTS} times on "
                                                        "this submission; please submit again.")
            return True
        submission = session.get(Submission, submission_id)
        problem = submission.problem
        if submission.mode == "run":
            spec = specs.get(session, problem, samples_only=True)
            if submission.custom_tests:
                custom = [TestData({k: v for k, v in t.items() if k != "expected"}, t["expected"])
                          for t in submission.custom_tests]
                spec = spec_from_problem(problem, spec.tests + custom)
        else:
            spec = specs.get(session, problem, samples_only=False)
        result = judge(pool, spec, submission.code or "")
        return _write_result(session, submission, result, attempt)


def _expected_for_custom(pool: SandboxPool, problem: Problem, custom: list[dict]) -> list[dict]:
    inputs = [TestData({k: v for k, v in test.items() if k in ("args", "ops")}, None) for test in custom]
    reference = judge(pool, spec_from_problem(problem, inputs), problem.reference_code or "",
                      keep_outputs=True, check=False)
    if reference.verdict is not Verdict.AC:
        index = (reference.first_failure or {}).get("index", "?")
        raise SubmissionError(f"custom test {index} is not a valid input for this problem: the reference "
                              f"solution could not run on it ({reference.verdict}: {reference.message})")
    return [{**t.input, "expected": out} for t, out in zip(inputs, reference.outputs or [])]


def _write_result(session: Session, submission: Submission, result, attempt: int) -> bool:
    """Write the verdict once: only while this attempt still holds the submission (a judge whose
    lease ran out and was re-taken by another must not write a second verdict)."""
    now = datetime.now(timezone.utc)
    held = session.execute(update(Submission).where(
        Submission.id == submission.id, Submission.status == "running",
        Submission.judge_attempts == attempt).values(status="done", finished_at=now))
    if held.rowcount != 1:
        session.rollback()
        return False
    session.refresh(submission)
    submission.verdict = str(result.verdict)
    submission.passed, submission.total = result.passed, result.total
    submission.runtime_ms = result.runtime_ms
    submission.first_failure = result.first_failure
    submission.details = {"message": result.message, "error": result.error}
    submission.lease_expires_at = None
    record_verdict(session, submission, now)
    session.commit()
    return True


def record_verdict(session: Session, submission: Submission, now: datetime) -> None:
    """What a judged submission changes beyond itself: progress, streak, review card, its mock."""
    if submission.mode == "submit":
        _record_progress(session, submission, now)
        if submission.verdict == "AC":
            reviews.record_accepted(session, submission, now)
    mocks.on_judged(session, submission)


def _record_progress(session: Session, submission: Submission, now: datetime) -> None:
    accepted = submission.verdict == "AC"
    key = (ProblemProgress.user_id == submission.user_id, ProblemProgress.problem_id == submission.problem_id)
    if session.scalar(select(ProblemProgress.attempts).where(*key)) is None:
        # The solve started with the first thing the user ran, not the first submit.
        started = session.scalar(select(func.min(Submission.created_at)).where(
            Submission.user_id == submission.user_id, Submission.problem_id == submission.problem_id))
        insert_if_missing(session, ProblemProgress, ["user_id", "problem_id"], user_id=submission.user_id,
                          problem_id=submission.problem_id, attempts=0, hints_used=0,
                          first_attempt_at=min(started or submission.created_at, submission.created_at))
    # Locked (PostgreSQL) until commit: two judges finishing the same user's submissions take turns.
    progress = session.scalar(select(ProblemProgress).where(*key).with_for_update().execution_options(
        populate_existing=True))
    progress.attempts += 1
    progress.last_submission_at = now
    first_solve = accepted and progress.solved_at is None
    if first_solve:
        progress.solved_at, progress.first_ac_submission_id = now, submission.id
        progress.attempts_to_first_ac = progress.attempts
        progress.seconds_to_solve = (now - progress.first_attempt_at).total_seconds()
    user = session.get(User, submission.user_id)
    streaks.record_activity(session, user, now, accepted=accepted, first_solve=first_solve)


def history(session: Session, user: User, *, problem: str | None = None, verdict: str | None = None,
            mode: str | None = None, page: int = 1, per_page: int = 20) -> tuple[list[Submission], int]:
    """A user's own submissions, newest first, filtered; with the total for pagination."""
    conditions = [Submission.user_id == user.id]
    if problem:
        conditions.append(Submission.problem_id.in_(select(Problem.id).where(Problem.slug == problem)))
    if verdict:
        conditions.append(Submission.verdict == verdict)
    if mode:
        conditions.append(Submission.mode == mode)
    total = session.scalar(select(func.count()).select_from(Submission).where(*conditions))
    rows = session.scalars(select(Submission).where(*conditions).order_by(Submission.id.desc())
                           .offset((page - 1) * per_page).limit(per_page))
    return list(rows), total


def public_view(session: Session, submission: Submission, with_code: bool = False) -> dict[str, Any]:
    """What the submitter may see of a submission (the API's and the pages' shape)."""
    details = submission.details or {}
    out = {"id": submission.id, "problem": submission.problem.slug, "mode": submission.mode,
           "mock": submission.mock_id, "status": submission.status, "verdict": submission.verdict,
           "passed": submission.passed, "total": submission.total, "runtime_ms": submission.runtime_ms,
           "first_failure": submission.first_failure, "message": details.get("message"),
           "error": details.get("error"), "created_at": submission.created_at,
           "finished_at": submission.finished_at, "code": submission.code if with_code else None,
           "answer": submission.answer, "explanation": problems.answer_explanation(submission.problem),
           "reference_runtime_ms": submission.problem.reference_runtime_ms}
    if mocks.hides_details(session, submission):  # during a mock: passed/total only
        out.update(verdict=None, runtime_ms=None, reference_runtime_ms=None, first_failure=None, error=None,
                   explanation=None,
                   message="Details come after the mock ends.")
    return out


def mark_failed(session_factory: sessionmaker, submission_id: int, message: str) -> None:
    """A judging crash is the judge's fault: IE, never lost, never left running."""
    with session_factory() as session:
        submission = session.get(Submission, submission_id)
        if submission is not None and submission.status != "done":
            submission.status, submission.verdict = "done", "IE"
            submission.details = {"message": message}
            submission.finished_at = datetime.now(timezone.utc)
            mocks.on_judged(session, submission)
            session.commit()
