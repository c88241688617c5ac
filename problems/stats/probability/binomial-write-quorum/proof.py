"""The binomial tail as an exact sum of fractions, checked against a seeded simulation."""
from fractions import Fraction
from math import comb

import numpy as np

N, P, NEED = 9, Fraction(4, 5), 6


def exact() -> float:
    return float(sum(comb(N, k) * P**k * (1 - P) ** (N - k) for k in range(NEED, N + 1)))


def simulated(trials: int = 1_000_000, seed: int = 21) -> float:
    rng = np.random.default_rng(seed)
    confirmations = (rng.random((trials, N)) < float(P)).sum(axis=1)
    return float((confirmations >= NEED).mean())


def prove() -> float:
    value = exact()
    # Standard error of the simulated frequency: about 0.0003.
    sim = simulated()
    assert abs(sim - value) < 0.0015, (sim, value)
    return value
