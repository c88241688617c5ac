"""Verdicts a learner can act on: each carries what went wrong, where, and on which input."""
from __future__ import annotations

from app.judge.runner import ProblemSpec, TestData, judge
from app.judge.verdicts import Verdict

from tests.judge.conftest import add_one_spec, solution


def test_wrong_answer_names_the_first_failing_case(pool):
    code = solution("return x + 1 if x < 40 else x")
    result = judge(pool, add_one_spec(), code)
    assert result.verdict is Verdict.WA and result.passed == 1 and result.total == 3
    assert result.first_failure == {"index": 1, "input": {"args": [41]}, "expected": 42, "actual": 41,
                                    "stdout": ""}


def test_stdout_of_the_failing_test_is_shown(pool):
    result = judge(pool, add_one_spec(), solution("print('seeing', x)\nreturn 0"))
    assert result.verdict is Verdict.WA
    assert result.first_failure["stdout"] == "seeing 1\n"


def test_runtime_error_has_a_trimmed_traceback_with_the_users_line(pool):
    code = "class Solution:\n    def addOne(self, x: int) -> int:\n        return helper(x)\n\n" \
           "def helper(x):\n    return x // 0\n"
    result = judge(pool, add_one_spec(), code)
    assert result.verdict is Verdict.RE and result.passed == 0
    assert result.error["type"] == "ZeroDivisionError"
    assert "Line 6" in result.error["traceback"] and "Line 3" in result.error["traceback"]
    assert "harness" not in result.error["traceback"] and "app/judge" not in result.error["traceback"]
    assert result.first_failure["input"] == {"args": [1]}


def test_compile_error_names_the_line(pool):
    result = judge(pool, add_one_spec(), "class Solution:\n    def addOne(self, x):\n        return x +\n")
    assert result.verdict is Verdict.CE and result.error["line"] == 3
    assert result.message.startswith("Line 3:")


def test_policy_error_names_the_line_and_reason(pool):
    result = judge(pool, add_one_spec(), solution("return x.__class__"))
    assert result.verdict is Verdict.CE and result.error["line"] == 4
    assert "__class__" in result.error["reason"]


def test_time_limit_counts_the_tests_that_passed(pool):
    code = solution("if x > 40:\n    while True:\n        pass\nreturn x + 1")
    result = judge(pool, add_one_spec(), code)
    assert result.verdict is Verdict.TLE and result.passed == 1
    assert result.first_failure["index"] == 1


def test_memory_limit_is_mle_not_re(pool):
    result = judge(pool, add_one_spec(memory_limit_mb=64), solution("a = [1] * (50 * 10 ** 6)\nreturn x + 1"))
    assert result.verdict is Verdict.MLE, result


def test_output_limit(pool):
    result = judge(pool, add_one_spec(), solution("for _ in range(10 ** 6):\n    print('x' * 100)\nreturn x + 1"))
    assert result.verdict is Verdict.OLE


def test_accepted_reports_cpu_runtime(pool):
    code = solution("s = 0\nfor i in range(200000):\n    s += i\nreturn x + 1")
    result = judge(pool, add_one_spec(), code)
    assert result.verdict is Verdict.AC and result.runtime_ms > 1


def test_runtime_is_measured_finer_than_a_scheduler_tick(pool):
    # Under RLIMIT_CPU the process CPU clock moves in 4 ms ticks: a sub-millisecond solution
    # used to be reported as 0 ms most of the time. The thread clock sees it every time.
    code = solution("s = 0\nfor i in range(20000):\n    s += i\nreturn x + 1")
    runtimes = [judge(pool, add_one_spec(), code).runtime_ms for _ in range(5)]
    assert all(0 < runtime < 4 for runtime in runtimes), runtimes


def test_float_checker_accepts_close_values(pool):
    spec = ProblemSpec("half", "function", {"class": "Solution", "method": "half",
                                            "params": [{"name": "x", "type": "int"}], "returns": "float"},
                       [TestData({"args": [1]}, 0.5), TestData({"args": [3]}, 1.0 + 0.5)], checker="float")
    assert judge(pool, spec, "class Solution:\n    def half(self, x):\n        return x / 2 + 1e-9\n").verdict is Verdict.AC
    assert judge(pool, spec, "class Solution:\n    def half(self, x):\n        return x / 2 + 1e-3\n").verdict is Verdict.WA


def test_big_integers_survive_the_trip(pool):
    spec = ProblemSpec("square", "function", {"class": "Solution", "method": "square",
                                              "params": [{"name": "x", "type": "int"}], "returns": "int"},
                       [TestData({"args": [10 ** 12]}, {"$int": str(10 ** 24)})])
    assert judge(pool, spec, "class Solution:\n    def square(self, x):\n        return x * x\n").verdict is Verdict.AC
    assert judge(pool, spec, "class Solution:\n    def square(self, x):\n        return x * x + 1\n").verdict is Verdict.WA
