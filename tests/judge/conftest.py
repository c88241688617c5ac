"""Judge fixtures: one sandbox pool for the whole session (zygotes take a moment to warm)."""
from __future__ import annotations

import pytest

from app.judge.runner import ProblemSpec, TestData


def add_one_spec(time_limit_ms: int = 500, memory_limit_mb: int = 128) -> ProblemSpec:
    """The smallest problem: return x + 1. Attacks are written so that success would mean AC."""
    return ProblemSpec(
        slug="add-one", kind="function",
        signature={"class": "Solution", "method": "addOne",
                   "params": [{"name": "x", "type": "int"}], "returns": "int"},
        tests=[TestData({"args": [1]}, 2), TestData({"args": [41]}, 42), TestData({"args": [-5]}, -4)],
        time_limit_ms=time_limit_ms, memory_limit_mb=memory_limit_mb)


def solution(body: str, header: str = "") -> str:
    """Wrap a method body as ``Solution.addOne``; ``header`` goes at module level."""
    indented = "\n".join("        " + line for line in body.strip("\n").splitlines())
    return f"{header}\nclass Solution:\n    def addOne(self, x: int) -> int:\n{indented}\n"
