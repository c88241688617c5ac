"""A zygote keeps decoded test inputs on glibc's heap (huge pages), not in pymalloc's arenas.

Each check runs in a fresh interpreter: a mistake in switching allocators crashes the process
(a block freed by the wrong allocator), which must fail the test, not the test run.
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest

from app.judge.pool import SandboxPool
from app.judge.runner import ProblemSpec, TestData, judge
from app.judge.sandbox import suite_memory
from app.judge.verdicts import Verdict

ROOT = Path(__file__).resolve().parents[2]
THP = Path("/sys/kernel/mm/transparent_hugepage/enabled")


def run_python(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_objects_made_inside_come_from_malloc_and_are_freed_safely_anywhere():
    out = run_python("""
        import gc
        from app.judge.sandbox import suite_memory

        def heap():
            for line in open("/proc/self/maps"):
                if line.rstrip().endswith("[heap]"):
                    low, high = (int(x, 16) for x in line.split()[0].split("-"))
                    return low, high

        def on_heap(objects):
            low, high = heap()
            return sum(low <= id(o) < high for o in objects) / len(objects)

        before = [10 ** 12 + i for i in range(20000)]
        grown = []
        with suite_memory.objects_on_malloc() as switched:
            inside = [10 ** 12 + i for i in range(20000)]
            nested = [[i, str(i)] for i in range(20000)]
            del before[:10000]                     # pymalloc blocks freed while switched
            for i in range(20000):
                grown.append(i)                    # a list made before, reallocated inside
        after = [10 ** 12 + i for i in range(20000)]
        share_inside, share_after = on_heap(inside), on_heap(after)
        del inside[::2], nested[::3]               # malloc blocks freed by pymalloc's free
        grown.extend(range(100000))
        gc.collect()
        print(switched, round(share_inside, 2), round(share_after, 2), len(grown))
    """)
    switched, inside, after, grown = out.split()
    assert switched == "True"
    assert float(inside) > 0.95  # made while switched: on glibc's heap
    assert float(after) < 0.05   # made after: pymalloc's arenas again
    assert grown == "120000"


@pytest.mark.skipif(not THP.exists() or "[never]" in THP.read_text(), reason="no transparent huge pages here")
def test_a_loaded_suite_sits_on_huge_pages_in_the_zygote():
    rng = random.Random(5)
    tests = [TestData({"args": [[rng.randint(-10 ** 9, 10 ** 9) for _ in range(10 ** 5)]]}, 0) for _ in range(3)]
    spec = ProblemSpec("count", "function", {"class": "Solution", "method": "count",
                                             "params": [{"name": "nums", "type": "List[int]"}], "returns": "int"},
                       tests, time_limit_ms=5000)
    pool = SandboxPool(1, "auto")
    try:
        def huge_kb() -> int:
            (slot,) = [s for s in pool._slots if not s.numpy]
            for line in Path(f"/proc/{slot.zygote.pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("AnonHugePages:"):
                    return int(line.split()[1])
            return 0

        pool.start()
        before = huge_kb()
        code = "class Solution:\n    def count(self, nums: List[int]) -> int:\n        return 0\n"
        assert judge(pool, spec, code).verdict is Verdict.AC
        # 3 x 10^5 integers and their lists: about 15 MB of objects, mostly on 2 MiB pages.
        assert huge_kb() - before >= 8 * 1024
    finally:
        pool.close()


def _memfd_with(blobs: list[bytes], tamper: bytes = b"") -> int:
    fd = os.memfd_create("suite-test")
    suite_memory.write_suite(fd, blobs)
    os.write(fd, tamper)
    return fd


def test_a_suite_round_trips_through_a_memfd():
    blobs = [orjson.dumps({"args": [list(range(50000)), "x" * 70000]}), orjson.dumps({"args": [None]})]
    many = [orjson.dumps({"args": [i]}) for i in range(3000)]  # more blobs than one writev takes
    for suite in (blobs, [], many):
        fd = _memfd_with(suite)
        try:
            assert suite_memory.read_suite(fd) == [orjson.loads(blob) for blob in suite]
        finally:
            os.close(fd)


def test_a_suite_whose_sizes_do_not_add_up_is_refused():
    fd = _memfd_with([b"[1]"], tamper=b"[2]")
    try:
        with pytest.raises(ValueError, match="sizes"):
            suite_memory.read_suite(fd)
    finally:
        os.close(fd)
