"""``flask bank check``: prove each problem with the real judge.

For every problem with code (function, design, ml): it loads (schema, files, cases); its reference
is accepted and agrees with every case that states an expected value; it has enough hidden tests;
brute and reference agree on the small cases; each ``wrong/`` solution gets exactly the verdict it
declares (a declared TLE even with half as much time again: see TLE_MARGIN); and the reference uses
at most a third of the time limit. For every question with an
answer key (numeric, choice): ``proof.py`` derives the answer independently and the key agrees.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from app.bank.loader import BankError, BankProblem, load_problem, prove_answer
from app.bank.schema import ANSWER_KINDS
from app.judge import answers
from app.bank.materialise import materialise
from app.judge.pool import SandboxPool
from app.judge.runner import ProblemSpec, judge
from app.judge.verdicts import Verdict

MIN_HIDDEN_TESTS = 15
REFERENCE_SHARE = 1 / 3
# A solution declared TLE must still be TLE with this many times the limit. Why: a TLE that holds
# only by a few percent turns into AC on a faster or quieter machine (two did, between two hosts
# of the same kind), and the problem then no longer tells the slow approach from the fast one.
TLE_MARGIN = 1.5


@dataclass
class CheckReport:
    slug: str
    errors: list[str] = field(default_factory=list)
    reference_ms: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_folder(pool: SandboxPool, folder: Path) -> CheckReport:
    try:
        problem = load_problem(folder)
    except BankError as exc:
        return CheckReport(folder.name, [str(exc)])
    return check_problem(pool, problem)


def check_problem(pool: SandboxPool, problem: BankProblem) -> CheckReport:
    report = CheckReport(problem.slug)
    if problem.meta.kind in ANSWER_KINDS:
        _check_answer_key(problem, report)
        return report
    try:
        spec, reference_ms = materialise(pool, problem)
    except BankError as exc:
        report.errors.append(str(exc))
        return report
    report.reference_ms = reference_ms
    hidden = sum(1 for test in spec.tests if not test.is_sample)
    if hidden < MIN_HIDDEN_TESTS:
        report.errors.append(f"{problem.folder / 'tests.py'}: {hidden} hidden tests, at least "
                             f"{MIN_HIDDEN_TESTS} are needed")
    budget = spec.time_limit_ms * REFERENCE_SHARE
    if reference_ms > budget:
        report.errors.append(f"{problem.folder / 'solution.py'}: the reference takes {reference_ms:.0f} ms, "
                             f"more than {Fraction(REFERENCE_SHARE).limit_denominator(1000)} of the "
                             f"{spec.time_limit_ms} ms limit")
    if problem.brute is not None:
        _check_brute(pool, problem, spec, report)
    for name, expected in problem.wrong.items():
        _check_wrong(pool, spec, problem.folder / "wrong" / name, problem.wrong_code[name], Verdict(expected), report)
    return report


def _check_wrong(pool: SandboxPool, spec: ProblemSpec, where: Path, code: str, expected: Verdict,
                 report: CheckReport) -> None:
    if expected is Verdict.TLE:
        spec = dataclasses.replace(spec, time_limit_ms=round(spec.time_limit_ms * TLE_MARGIN))
    result = judge(pool, spec, code)
    if result.verdict == expected:
        return
    if expected is Verdict.TLE and result.verdict is Verdict.AC:
        report.errors.append(f"{where}: declares TLE but finishes within {TLE_MARGIN} times the limit "
                             f"({result.runtime_ms:.0f} ms of {spec.time_limit_ms} ms): make the large "
                             f"tests larger or the limit lower")
    else:
        report.errors.append(f"{where}: declares {expected} but got {result.verdict} ({result.message})")


def _check_answer_key(problem: BankProblem, report: CheckReport) -> None:
    """``proof.py`` derives the answer independently (a simulation with a fixed seed, an exact count,
    an experiment); the key must agree with it under the key's own tolerance."""
    key = problem.meta.answer.model_dump()
    try:
        proven = prove_answer(problem)
    except BankError as exc:
        report.errors.append(str(exc))
        return
    where = problem.folder / "proof.py"
    try:
        agrees = answers.check(problem.meta.kind, key, proven)
    except answers.AnswerError as exc:
        report.errors.append(f"{where}: prove() returned {proven!r}, not an answer ({exc})")
        return
    if not agrees:
        wanted = key["value"] if problem.meta.kind == "numeric" else sorted(answers.correct_ids(key))
        report.errors.append(f"{where}: prove() gives {proven!r} but the answer key says {wanted!r}")
    report.notes.append(f"answer key proven: {proven!r}")


def _check_brute(pool: SandboxPool, problem: BankProblem, spec: ProblemSpec, report: CheckReport) -> None:
    small = [test for test, case in zip(spec.tests, problem.cases) if not case.large]
    small_spec = ProblemSpec(spec.slug, spec.kind, spec.signature, small, spec.checker,
                             spec.checker_options, time_limit_ms=max(spec.time_limit_ms, 10_000),
                             memory_limit_mb=spec.memory_limit_mb)
    result = judge(pool, small_spec, problem.brute)
    if result.verdict is not Verdict.AC:
        failure = result.first_failure or {}
        report.errors.append(f"{problem.folder / 'brute.py'}: disagrees with the reference "
                             f"({result.verdict} on small case {failure.get('index', '?')}: {result.message})")
