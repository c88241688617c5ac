"""Turn a ``BankProblem`` into a judge ``ProblemSpec`` whose expected outputs come from the reference.

The reference solution runs in the sandbox like any submission. A case that states its own
``expected`` must agree with the reference under the problem's checker, or the problem is refused.
"""
from __future__ import annotations

import dataclasses

from app.bank.loader import BankError, BankProblem
from app.judge.pool import SandboxPool
from app.judge.runner import ProblemSpec, TestData, judge, outputs_match
from app.judge.verdicts import Verdict


def signature_dict(problem: BankProblem) -> dict:
    return problem.meta.signature.model_dump(by_alias=True) if problem.meta.signature else {}


def checker_options(problem: BankProblem) -> dict:
    options = dict(problem.meta.judge.options)
    if problem.custom_check is not None:
        options["function"] = problem.custom_check
    return options


def spec_without_expected(problem: BankProblem) -> ProblemSpec:
    meta = problem.meta
    return ProblemSpec(
        slug=meta.slug, kind=meta.kind, signature=signature_dict(problem),
        tests=[TestData(case.input, None, case.sample, case.large) for case in problem.cases],
        checker=meta.judge.checker, checker_options=checker_options(problem),
        time_limit_ms=meta.judge.time_limit_ms, memory_limit_mb=meta.judge.memory_limit_mb)


def materialise(pool: SandboxPool, problem: BankProblem) -> tuple[ProblemSpec, float]:
    """The spec with expected outputs, and the reference's runtime in ms."""
    draft = spec_without_expected(problem)
    result = judge(pool, draft, problem.solution, keep_outputs=True, check=False)
    if result.verdict is not Verdict.AC:
        raise BankError(f"{problem.folder / 'solution.py'}: the reference solution got {result.verdict} "
                        f"on case {(result.first_failure or {}).get('index', '?')}: {result.message}")
    tests = []
    for index, (case, output) in enumerate(zip(problem.cases, result.outputs or [])):
        if case.has_expected and not outputs_match(draft, case.input, case.expected, output):
            raise BankError(f"{problem.folder / 'tests.py'}: case {index}: expected {_short(case.expected)} "
                            f"but the reference returns {_short(output)}")
        tests.append(TestData(case.input, output, case.sample, case.large))
    return dataclasses.replace(draft, tests=tests), result.runtime_ms or 0.0


def _short(value, limit: int = 200) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."
