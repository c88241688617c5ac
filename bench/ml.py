"""How long an ML (numpy) submission waits for its verdict, against an algorithm submission. By hand:

    .venv/bin/python bench/ml.py [--repeat 30]

Judges the bank's softmax reference (numpy, on a numpy zygote) and two-sum's reference (plain
Python, on a zygote without numpy) through one sandbox pool, interleaved, and prints medians of
the whole judge() call, wall clock, start to verdict:

    numpy_verdict_ms=… plain_verdict_ms=… ratio=…

numpy is imported once per zygote, before any submission arrives, so a numpy verdict costs a fork
and the tests, not an import (about 100 ms); plain submissions never fork a zygote that holds numpy.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bank.loader import find_problem_folders, load_problem  # noqa: E402
from app.bank.materialise import materialise  # noqa: E402
from app.judge.pool import SandboxPool  # noqa: E402
from app.judge.runner import judge  # noqa: E402
from app.judge.verdicts import Verdict  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    folders = {folder.name: folder for folder in find_problem_folders()}
    pool = SandboxPool(1, "auto")
    pool.start()
    try:
        cases = {}
        for slug in ("softmax", "two-sum"):
            problem = load_problem(folders[slug])
            cases[slug] = (materialise(pool, problem)[0], problem.solution)
        times = {slug: [] for slug in cases}
        for _ in range(args.repeat):
            for slug, (spec, code) in cases.items():
                started = time.perf_counter()
                result = judge(pool, spec, code)
                times[slug].append((time.perf_counter() - started) * 1000)
                assert result.verdict is Verdict.AC, (slug, result.message)
    finally:
        pool.close()
    numpy_ms, plain_ms = statistics.median(times["softmax"]), statistics.median(times["two-sum"])
    print(f"numpy_verdict_ms={numpy_ms:.1f} plain_verdict_ms={plain_ms:.1f} ratio={numpy_ms / plain_ms:.2f}")


if __name__ == "__main__":
    main()
