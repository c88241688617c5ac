"""The exact product searched for the 50% crossing, checked against a seeded simulation of the
collision probability on both sides of the crossing."""
import math

import numpy as np

CODES = 26 * 26


def p_repeat(n: int) -> float:
    return 1 - math.prod((CODES - i) / CODES for i in range(n))


def smallest_n() -> int:
    n = 1
    while p_repeat(n) < 0.5:
        n += 1
    return n


def simulated_repeat(n: int, trials: int = 200_000, seed: int = 31) -> float:
    rng = np.random.default_rng(seed)
    codes = np.sort(rng.integers(0, CODES, (trials, n)), axis=1)
    return float((np.diff(codes, axis=1) == 0).any(axis=1).mean())


def prove() -> int:
    n = smallest_n()
    assert p_repeat(n - 1) < 0.5 <= p_repeat(n)
    # The simulated probabilities (standard error about 0.0011) must match the exact ones at n - 1 and n.
    for m in (n - 1, n):
        sim = simulated_repeat(m)
        assert abs(sim - p_repeat(m)) < 0.006, (m, sim, p_repeat(m))
    return n
