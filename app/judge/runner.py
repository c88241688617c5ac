"""Judge one submission: run it in a sandbox slot and turn what came back into a verdict.

The child gets the code and the test INPUTS only; expected outputs stay here, in the trusted
parent, where every output is checked as it arrives so the run stops at the first failing test.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import signal
import threading
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import orjson

from app.judge import checkers, gate
from app.judge.pool import SandboxPool
from app.judge.sandbox import protocol
from app.judge.sandbox.exchange import RunLimits, RunOutcome
from app.judge.sandbox.slot import SandboxError
from app.judge.verdicts import JudgeResult, Verdict

log = logging.getLogger(__name__)

STDOUT_CAP_PER_TEST = 16 * 1024  # what is kept and shown per test
STDOUT_LIMIT_TOTAL = 1024 * 1024  # printing more than this in one run is OLE
OUTPUT_LIMIT = 64 * 1024 * 1024  # everything the child may send back
# Checkers under which byte-identical JSON means "equal" (the rest compare parsed values).
BYTE_EXACT_CHECKERS = frozenset({"exact", "inplace", "design"})


@dataclass(frozen=True)
class TestData:
    input: dict[str, Any]  # {"args": [...]} or {"ops": [...], "args": [...]}
    expected: Any = None
    is_sample: bool = False
    is_large: bool = False  # the reported runtime is the best of a few runs of the large tests
    __test__ = False  # not a pytest class


@dataclass
class ProblemSpec:
    """What the judge needs of a problem (built by the bank; no database objects here)."""

    slug: str
    kind: str  # function | design
    signature: dict[str, Any]  # class, method, params [{name, type}], returns, codec, inplace
    tests: list[TestData] = field(default_factory=list)
    checker: str = "exact"
    checker_options: dict[str, Any] = field(default_factory=dict)
    time_limit_ms: int = 2000
    memory_limit_mb: int = 256

    @cached_property
    def encoded_inputs(self) -> list[bytes]:
        """Encoded once per spec and reused by every submission (large suites are megabytes)."""
        return [orjson.dumps(test.input) for test in self.tests]

    @cached_property
    def encoded_expected(self) -> list[bytes]:
        """Expected outputs as orjson writes them: an identical output passes without parsing."""
        return [orjson.dumps(test.expected) for test in self.tests]

    @cached_property
    def suite_key(self) -> str:
        """Names this exact suite of inputs, so a slot's zygote decodes it once, not per submission."""
        digest = hashlib.sha256()
        for blob in self.encoded_inputs:
            digest.update(len(blob).to_bytes(8, "little"))
            digest.update(blob)
        return f"{self.slug}:{digest.hexdigest()[:24]}"

    def child_spec(self) -> dict[str, Any]:
        sig = self.signature
        return {"kind": self.kind, "class": sig.get("class", "Solution"), "method": sig.get("method"),
                "params": sig.get("params", []), "returns": sig.get("returns"),
                "codec": sig.get("codec"), "inplace": sig.get("inplace"),
                "time_limit_ms": self.time_limit_ms, "stdout_cap": STDOUT_CAP_PER_TEST,
                "stdout_limit": STDOUT_LIMIT_TOTAL, "methods": sig.get("methods"), "then": sig.get("then"),
                "timing": self.timing_tests}

    @cached_property
    def timing_tests(self) -> list[int]:
        """The large tests (marked in the bank): the best of a few runs of each is the runtime."""
        return [i for i, test in enumerate(self.tests) if test.is_large]


def needs_numpy(spec: ProblemSpec) -> bool:
    """ML problems decode their arguments into numpy arrays: only numpy zygotes can do that."""
    return spec.kind == "ml"


def outputs_match(spec: ProblemSpec, test_input: dict, expected: Any, actual: Any) -> bool:
    """The problem's checker; a custom checker also sees the test's inputs."""
    options = spec.checker_options
    if spec.checker == "custom":
        options = {**options, "args": test_input.get("args")}
    return checkers.check(spec.checker, expected, actual, options)


def limits_for(spec: ProblemSpec) -> RunLimits:
    # CPU rlimit: the tests' budget plus a second for start-up; wall: room for a loaded machine.
    return RunLimits(cpu_ms=spec.time_limit_ms + 1000, wall_ms=2 * spec.time_limit_ms + 2000,
                     memory_bytes=spec.memory_limit_mb * 1024 * 1024, output_bytes=OUTPUT_LIMIT)


def judge(pool: SandboxPool, spec: ProblemSpec, code: str, *, keep_outputs: bool = False,
          check: bool = True, slot_timeout: float | None = 60.0) -> JudgeResult:
    """Run ``code`` on every test of ``spec``. With ``check=False`` nothing is compared (reference runs)."""
    try:
        compiled = _compile(code)
    except gate.GateError as exc:
        result = _compile_error(exc.line, exc.reason)
        result.total = len(spec.tests)
        return result
    tally = _Tally(spec, check, keep_outputs)
    payload = {"code": marshal.dumps(compiled), "source": code, "spec": spec.child_spec(),
               "tests_key": spec.suite_key}
    try:
        with pool.slot(timeout=slot_timeout, prefer=spec.suite_key, numpy=gate.uses_numpy(compiled) or needs_numpy(spec)) as slot:
            slot.load_tests(spec.suite_key, spec.encoded_inputs)
            outcome = slot.run(payload, limits_for(spec), tally.on_record, settled=tally.settled)
    except SandboxError as exc:
        log.error("judge: sandbox failure on %s: %s", spec.slug, exc)
        return JudgeResult(Verdict.IE, 0, len(spec.tests), message="The judge failed; please retry.",
                           diagnostics={"sandbox": str(exc)})
    return tally.result(outcome)


_COMPILE_LOCK = threading.Lock()


def _compile(code: str):
    """The language gate runs here, in the trusted parent, not in the child.

    Why: compiling is pure computation on a size-capped string, and CPython's parser and compiler
    guard their own recursion; in a freshly forked child the same work costs ten times more,
    because every page the compiler touches is copied on write. A refused submission also gets
    its CE without a fork. The lock: the gate raises the interpreter-wide recursion limit while
    it compiles, which must not race with another thread restoring it.
    """
    with _COMPILE_LOCK:
        return gate.compile_solution(code)


def _compile_error(line: int | None, reason: str) -> JudgeResult:
    return JudgeResult(Verdict.CE, message=f"Line {line or '?'}: {reason}" if line else reason,
                       error={"line": line, "reason": reason})


class _Tally:
    """Checks records as they stream in; decides the verdict once the child is gone."""

    def __init__(self, spec: ProblemSpec, check: bool, keep_outputs: bool) -> None:
        self.spec, self.check, self.keep_outputs = spec, check, keep_outputs
        self.passed = 0
        self.cpu_ns: dict[int, int] = {}  # per test; timing tests keep their best run
        self.stdout_bytes = 0
        self.outputs: list[Any] = []
        self.failure: JudgeResult | None = None
        self.done = False

    def settled(self) -> bool:
        """Every test passed and the child said so: AC, however the child exits (see Slot.run)."""
        return self.done and self.failure is None and self.passed == len(self.spec.tests) > 0

    def on_record(self, record: dict) -> bool:
        """Returns True to stop the child (a verdict other than AC is already known)."""
        event = record.get("event")
        if event == "done":
            self.done = True
            return False
        if event == "load_error":
            self.failure = JudgeResult(Verdict.RE, message="Your code raised an error while loading.",
                                       error=_clean_error(record.get("error")))
            return True
        if event == "timing":
            best = record.get("best_ns")
            for key, ns in (best.items() if isinstance(best, dict) else ()):
                index = int(key) if isinstance(key, str) and key.isdigit() else -1
                if index in self.cpu_ns and isinstance(ns, int) and ns >= 0:
                    self.cpu_ns[index] = min(self.cpu_ns[index], ns)
            return False
        if event != "test":
            return False
        return self._on_test(record)

    def _on_test(self, record: dict) -> bool:
        index = record.get("i")
        if not isinstance(index, int) or index != self.passed or index >= len(self.spec.tests):
            self.failure = JudgeResult(Verdict.RE, message="The program's reports to the judge were malformed.")
            return True
        cpu = record.get("cpu_ns")
        self.cpu_ns[index] = cpu if isinstance(cpu, int) and cpu >= 0 else 0
        stdout_bytes = record.get("stdout_bytes")
        self.stdout_bytes += stdout_bytes if isinstance(stdout_bytes, int) else 0
        test = self.spec.tests[index]
        if self.stdout_bytes > STDOUT_LIMIT_TOTAL:
            self.failure = self._fail(Verdict.OLE, index, record, "Your program printed too much output.")
            return True
        if record.get("internal"):
            self.failure = JudgeResult(Verdict.IE, message="The judge failed on a test; please retry.",
                                       diagnostics={"error": record.get("error")})
            return True
        if record.get("tle"):
            self.failure = self._fail(Verdict.TLE, index, record, "Time limit exceeded.")
            return True
        if not record.get("ok"):
            error = _clean_error(record.get("error"))
            if error.get("type") == "OutputLimitExceeded":
                self.failure = self._fail(Verdict.OLE, index, record, "Your program printed too much output.")
            elif error.get("type") == "MemoryError":
                self.failure = self._fail(Verdict.MLE, index, record, "Memory limit exceeded.")
            else:
                self.failure = self._fail(Verdict.RE, index, record,
                                          f"{error.get('type', 'Error')}: {error.get('message', '')}".strip())
                self.failure.error = error
            return True
        raw = record.get("out_raw")
        if not isinstance(raw, (bytes, memoryview)):
            self.failure = JudgeResult(Verdict.RE, message="The program's reports to the judge were malformed.")
            return True
        if (self.check and not self.keep_outputs and self.spec.checker in BYTE_EXACT_CHECKERS
                and len(raw) == len(self.spec.encoded_expected[index])
                and self.spec.encoded_expected[index].startswith(raw)):  # memcmp, no copy
            self.passed += 1  # identical JSON: equal, and no need to parse it
            return False
        try:
            actual = orjson.loads(raw)  # strict: RFC 8259 only
        except orjson.JSONDecodeError:
            self.failure = JudgeResult(Verdict.RE, message="The program's reports to the judge were malformed.")
            return True
        if self.keep_outputs:
            self.outputs.append(actual)
        if self.check and not outputs_match(self.spec, test.input, test.expected, actual):
            self.failure = self._fail(Verdict.WA, index, record, "Wrong answer.", actual=actual)
            return True
        self.passed += 1
        return False

    def _fail(self, verdict: Verdict, index: int, record: dict, message: str, actual: Any = None) -> JudgeResult:
        test = self.spec.tests[index]
        failure = {"index": index, "input": test.input, "expected": test.expected,
                   "stdout": str(record.get("stdout", ""))[:STDOUT_CAP_PER_TEST]}
        if verdict is Verdict.WA:
            failure["actual"] = actual
        return JudgeResult(verdict, message=message, first_failure=failure)

    def result(self, outcome: RunOutcome) -> JudgeResult:
        total = len(self.spec.tests)
        if self.failure is None and self.passed == total > 0:
            # Every output was checked and right: AC, even if the child died afterwards (during
            # the timing re-runs, which never decide a verdict).
            result = JudgeResult(Verdict.AC, message="Accepted.")
        elif self.failure is not None:
            result = self.failure
            if result.verdict is Verdict.RE and outcome.oom_killed:
                result = JudgeResult(Verdict.MLE, message="Memory limit exceeded.",
                                     first_failure=result.first_failure)
        else:
            result = self._outcome_verdict(outcome) or JudgeResult(
                Verdict.RE, message="Your program stopped before finishing the tests.")
        result.passed, result.total = self.passed, total
        result.runtime_ms = round(sum(self.cpu_ns.values()) / 1e6, 3)
        if self.keep_outputs:
            result.outputs = self.outputs
        result.diagnostics.update({"wall_ms": round(outcome.wall_ms, 3), "killed_for": outcome.killed_for})
        if outcome.exit_code is not None:  # None: the exit was collected after the verdict
            result.diagnostics.update({"exit_code": outcome.exit_code, "cpu_ms": round(outcome.cpu_ms, 3),
                                       "maxrss_kb": outcome.maxrss_kb})
        return result

    def _outcome_verdict(self, outcome: RunOutcome) -> JudgeResult | None:
        """The child died without reporting a failure: why?"""
        pending = self.passed if self.passed < len(self.spec.tests) else None
        first = ({"index": pending, "input": self.spec.tests[pending].input,
                  "expected": self.spec.tests[pending].expected} if pending is not None else None)
        if outcome.setup_error is not None or outcome.exit_code == protocol.EXIT_SETUP_FAILED:
            return JudgeResult(Verdict.IE, message="The judge failed to start your program; please retry.",
                               diagnostics={"setup": outcome.setup_error})
        if outcome.oom_killed:
            return JudgeResult(Verdict.MLE, message="Memory limit exceeded.", first_failure=first)
        if outcome.killed_for == "wall":
            return JudgeResult(Verdict.TLE, message="Time limit exceeded.", first_failure=first)
        if outcome.killed_for == "output":
            return JudgeResult(Verdict.OLE, message="Your program produced too much output.")
        if outcome.killed_for == "malformed":
            return JudgeResult(Verdict.RE, message="The program's reports to the judge were malformed.")
        # Killed by RLIMIT_CPU (its budget exceeds the time limit, so CPU is past the limit).
        if outcome.exit_code == -signal.SIGKILL and outcome.cpu_ms >= 0.9 * self.spec.time_limit_ms:
            return JudgeResult(Verdict.TLE, message="Time limit exceeded.", first_failure=first)
        if outcome.exit_code == -signal.SIGSEGV:
            return JudgeResult(Verdict.RE, message="Your program crashed (segmentation fault), "
                               "usually from recursion that is too deep.", first_failure=first)
        if outcome.exit_code not in (0, None) and not self.done:
            return JudgeResult(Verdict.RE, message=f"Your program exited abnormally (status {outcome.exit_code}).",
                               first_failure=first)
        return None


def _clean_error(error: Any) -> dict[str, Any]:
    if not isinstance(error, dict):
        return {}
    clean = {}
    for key in ("type", "message", "traceback"):
        if isinstance(error.get(key), str):
            clean[key] = error[key][:4000]
    if isinstance(error.get("line"), int):
        clean["line"] = error["line"]
    return clean
