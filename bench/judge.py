"""The judge's costs, as ratios against baselines measured in the same run. Run by hand:

    .venv/bin/python bench/judge.py [--quick]

1. Overhead per submission (fork, isolation, harness, verdict) of a trivial solution through one
   warm slot, against a fresh interpreter per submission with the same rlimits and the same imports
   (what a judge without a zygote pays): median ms each, and the speed-up.
2. Throughput of trivial submissions through the pool (cores + 1 slots, every layer on), from as
   many client threads as slots.
3. Gate slowdown against plain CPython on typical solutions (bench/gate.py's set).
4. Runtime reproducibility: 10 identical submissions (one large test, so each reports the best of
   three runs, as bank problems do); the widest deviation from their median.
5. Large inputs: a suite of 5 tests of 10^5 integers carried into the child and back, minus the
   same submission on 5 tiny tests (median of interleaved pairs).

The last line holds every figure, so runs can be compared.
"""
from __future__ import annotations

import importlib.util
import os
import pickle
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.judge.pool import SandboxPool  # noqa: E402
from app.judge.runner import ProblemSpec, TestData, judge  # noqa: E402

QUICK = "--quick" in sys.argv
TRIVIAL = "class Solution:\n    def addOne(self, x: int) -> int:\n        return x + 1\n"


def add_one_spec() -> ProblemSpec:
    return ProblemSpec("add-one", "function",
                       {"class": "Solution", "method": "addOne", "params": [{"name": "x", "type": "int"}],
                        "returns": "int"}, [TestData({"args": [1]}, 2)], time_limit_ms=1000)


# -- 1. overhead ------------------------------------------------------------------------------
_BASELINE_CHILD = """
import marshal, pickle, sys
from app.judge import child, gate
child.preload()
payload = pickle.loads(sys.stdin.buffer.read())
payload["code"] = marshal.dumps(gate.compile_solution(payload["source"]))
child.run(payload, child.ResultWriter(1).emit)
"""


def _baseline_limits(cpu_seconds: int):
    def apply():
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return apply


def baseline_once(spec: ProblemSpec) -> float:
    payload = pickle.dumps({"source": TRIVIAL, "spec": spec.child_spec(), "tests": spec.encoded_inputs})
    env = {"PATH": "/usr/bin:/bin", "OPENBLAS_NUM_THREADS": "1"}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-I", "-c", _BASELINE_CHILD], input=payload, capture_output=True,
                          env=env, preexec_fn=_baseline_limits(2), check=True)
    elapsed = (time.perf_counter() - start) * 1000
    assert b'"event":"done"' in proc.stdout, proc.stdout
    return elapsed


def overhead(pool: SandboxPool, runs: int) -> tuple[float, float]:
    spec = add_one_spec()
    for _ in range(20):
        judge(pool, spec, TRIVIAL)
    ours = []
    for _ in range(runs):
        start = time.perf_counter()
        result = judge(pool, spec, TRIVIAL)
        ours.append((time.perf_counter() - start) * 1000 - (result.runtime_ms or 0))
        assert result.verdict == "AC", result
    baseline = [baseline_once(spec) for _ in range(max(10, runs // 10))]
    return statistics.median(ours), statistics.median(baseline)


# -- 2. throughput ----------------------------------------------------------------------------
def throughput(pool: SandboxPool, total: int) -> float:
    spec = add_one_spec()
    counter = iter(range(total))
    lock = threading.Lock()
    verdicts: list[str] = []

    def client():
        while True:
            with lock:
                if next(counter, None) is None:
                    return
            verdicts.append(judge(pool, spec, TRIVIAL).verdict)

    threads = [threading.Thread(target=client) for _ in range(pool.size)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    assert verdicts.count("AC") == total, set(verdicts)
    return total / elapsed


# -- 3. gate slowdown -------------------------------------------------------------------------
def gate_slowdown() -> tuple[float, float, str]:
    """(median, worst, worst solution's name). Best of 9 interleaved runs each: on a shared host a
    neighbour's burst can slow all five runs of one side of a pair (identical bytecode measured
    1.2 to 1.6x with 5)."""
    spec = importlib.util.spec_from_file_location("bench_gate", ROOT / "bench" / "gate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.gate.preload()
    ratios = {}
    for name, src in module.SOLUTIONS.items():
        plain, gated, *_ = module.bench(name, src, repeat=5 if QUICK else 9)
        ratios[name] = gated / plain
    worst = max(ratios, key=ratios.get)
    return statistics.median(ratios.values()), ratios[worst], worst


# -- 4. runtime reproducibility ---------------------------------------------------------------
LCS = """
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        m, n = len(text1), len(text2)
        dp = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(m - 1, -1, -1):
            for j in range(n - 1, -1, -1):
                if text1[i] == text2[j]:
                    dp[i][j] = dp[i + 1][j + 1] + 1
                else:
                    dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
        return dp[0][0]
"""


def runtime_spread(pool: SandboxPool) -> tuple[float, float]:
    import random
    rng = random.Random(7)
    a = "".join(rng.choice("ACGT") for _ in range(500))
    b = "".join(rng.choice("ACGT") for _ in range(500))
    spec = ProblemSpec("lcs", "function", {"class": "Solution", "method": "longestCommonSubsequence",
                                           "params": [{"name": "text1", "type": "str"},
                                                      {"name": "text2", "type": "str"}], "returns": "int"},
                       [TestData({"args": [a, b]}, None, is_large=True)], time_limit_ms=5000)
    runtimes = [judge(pool, spec, LCS, check=False).runtime_ms for _ in range(10)]
    median = statistics.median(runtimes)
    return max(abs(r - median) for r in runtimes) / median, median


# -- 5. large inputs --------------------------------------------------------------------------
ECHO = "class Solution:\n    def echo(self, nums: List[int]) -> List[int]:\n        return nums\n"


def transport(pool: SandboxPool, runs: int) -> float:
    import random
    rng = random.Random(3)

    def spec_with(size: int) -> ProblemSpec:
        tests = []
        for _ in range(5):
            nums = [rng.randint(-10**9, 10**9) for _ in range(size)]
            tests.append(TestData({"args": [nums]}, nums))
        spec = ProblemSpec("echo", "function", {"class": "Solution", "method": "echo",
                                                "params": [{"name": "nums", "type": "List[int]"}],
                                                "returns": "List[int]"}, tests, time_limit_ms=5000)
        spec.encoded_inputs  # encoded once per problem in production too (cached on the spec)
        return spec

    large, tiny = spec_with(10**5), spec_with(3)

    def wall(spec: ProblemSpec) -> float:
        start = time.perf_counter()
        result = judge(pool, spec, ECHO)
        assert result.verdict == "AC", result
        return (time.perf_counter() - start) * 1000

    for _ in range(3):  # each suite settles in a slot of its own
        wall(large), wall(tiny)
    # Interleaved pairs: a drift of the shared host between a block of large runs and a block
    # of tiny ones would otherwise land in the difference.
    return statistics.median(wall(large) - wall(tiny) for _ in range(runs))


def main() -> None:
    pool = SandboxPool((os.cpu_count() or 1) + 1, "auto")
    pool.start()
    try:
        layers = ",".join(sorted(k for k, v in pool.active_layers.items() if v == "on"))
        print(f"layers on: {layers}")
        overhead_ms, baseline_ms = overhead(pool, 60 if QUICK else 300)
        print(f"overhead per submission: median {overhead_ms:.2f} ms; fresh interpreter: {baseline_ms:.1f} ms; "
              f"speed-up {baseline_ms / overhead_ms:.1f}x")
        rate = throughput(pool, 300 if QUICK else 1500)
        print(f"throughput: {rate:.0f} trivial submissions/s through {pool.size} slots")
        slow_median, slow_worst, slowest = gate_slowdown()
        print(f"gate slowdown: median {slow_median:.3f}x, worst {slow_worst:.3f}x ({slowest})")
        spread, lcs_ms = runtime_spread(pool)
        print(f"runtime spread: 10 identical LCS submissions ({lcs_ms:.1f} ms) within {spread * 100:.1f}% of their median")
        transport_ms = transport(pool, 9 if QUICK else 31)
        print(f"large inputs: 5 x 10^5 integers in and out cost {transport_ms:.1f} ms over 5 tiny tests")
    finally:
        pool.close()
    print(f"overhead_ms={overhead_ms:.2f} baseline_ms={baseline_ms:.1f} speedup={baseline_ms / overhead_ms:.1f} "
          f"throughput_per_s={rate:.0f} gate_slowdown_median={slow_median:.3f} gate_slowdown_worst={slow_worst:.3f} "
          f"runtime_spread={spread:.3f} transport_ms={transport_ms:.1f}")


if __name__ == "__main__":
    main()
