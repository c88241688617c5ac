"""The pool under stress: concurrent clients, and a zygote that dies."""
from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor

from app.judge.pool import SandboxPool
from app.judge.runner import judge
from app.judge.verdicts import Verdict

from tests.judge.conftest import add_one_spec, solution

RIGHT = solution("return x + 1")
WRONG = solution("return x")
NUMPY = solution("return int(np.int64(x) + 1)", "import numpy as np")


def test_concurrent_clients_each_get_their_own_verdict(pool):
    codes = [RIGHT, WRONG, NUMPY] * 8
    with ThreadPoolExecutor(max_workers=8) as executor:
        verdicts = list(executor.map(lambda code: judge(pool, add_one_spec(), code).verdict, codes))
    expected = [Verdict.AC, Verdict.WA, Verdict.AC] * 8
    assert verdicts == expected


def test_a_killed_zygote_is_restarted_and_the_pool_keeps_serving():
    pool = SandboxPool(1, "auto")
    try:
        pool.start()
        for slot in pool._slots:
            os.kill(slot.zygote.pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while any(slot.alive() for slot in pool._slots) and time.monotonic() < deadline:
            time.sleep(0.05)
        verdicts = [judge(pool, add_one_spec(), code).verdict for code in (RIGHT, NUMPY, RIGHT)]
        assert verdicts == [Verdict.AC, Verdict.AC, Verdict.AC]
    finally:
        pool.close()


def test_closing_the_pool_leaves_no_zygote_behind():
    pool = SandboxPool(1, "auto")
    pool.start()
    pids = [slot.zygote.pid for slot in pool._slots]
    pool.close()
    for pid in pids:
        assert not os.path.exists(f"/proc/{pid}") or "Z" in open(f"/proc/{pid}/stat").read().split()[2]


def test_numpy_functions_that_load_parts_of_numpy_lazily_work_behind_the_wall(pool):
    """np.unique imports numpy.ma on first use, np.percentile numpy.lib pieces...: the child
    cannot read files, so the zygote must have used them once already."""
    from app.judge.runner import judge
    from app.judge.verdicts import Verdict

    from tests.judge.conftest import add_one_spec
    body = """
v = np.array([3.0, 1.0, 2.0, 1.0])
parts = [np.unique(v), np.median(v), np.percentile(v, 90), np.histogram(v, bins=2)[0], np.cov(np.stack([v, v])),
         np.linalg.svd(np.outer(v, v))[1], np.pad(v, 1), np.quantile(v, 0.5), np.polyfit(v, v, 1),
         np.corrcoef(v, v)]
return x + 1 + 0 * len(parts)
"""
    result = judge(pool, add_one_spec(time_limit_ms=2000), solution(body, "import numpy as np"))
    assert result.verdict is Verdict.AC, (result.message, result.error)
