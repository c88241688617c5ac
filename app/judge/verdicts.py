"""Verdicts and the result shape every client sees (API, CLI, bank check)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    AC = "AC"    # accepted
    WA = "WA"    # wrong answer
    TLE = "TLE"  # time limit exceeded
    MLE = "MLE"  # memory limit exceeded
    RE = "RE"    # runtime error: exception, signal, forbidden operation
    CE = "CE"    # compile error or language-policy rejection
    OLE = "OLE"  # output limit exceeded
    IE = "IE"    # internal error: the judge failed, never the learner's fault


@dataclass
class JudgeResult:
    verdict: Verdict
    passed: int = 0
    total: int = 0
    runtime_ms: float | None = None  # CPU time of the learner's code over the tests that ran
    message: str = ""  # one plain sentence for the learner
    first_failure: dict[str, Any] | None = None  # index, input, expected, actual, stdout
    error: dict[str, Any] | None = None  # RE: type, message, line, trimmed traceback; CE: line, reason
    outputs: list[Any] | None = None  # raw outputs, only when asked for (reference runs, run mode)
    diagnostics: dict[str, Any] = field(default_factory=dict)  # for logs and IE triage, not shown

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = str(self.verdict)
        if data["outputs"] is None:
            del data["outputs"]
        return data
