"""E[T] as the exact tail sum  sum_k P(T > k)  in fractions, checked against a seeded simulation."""
from fractions import Fraction
from math import comb

import numpy as np

CHIPS, DEFECTIVE = 20, 4


def exact() -> Fraction:
    good = CHIPS - DEFECTIVE
    # P(T > k) = P(the first k chips are all good) = C(good, k) / C(CHIPS, k), for k = 0..good.
    return sum(Fraction(comb(good, k), comb(CHIPS, k)) for k in range(good + 1))


def simulated(trials: int = 200_000, seed: int = 3) -> float:
    rng = np.random.default_rng(seed)
    orders = np.argsort(rng.random((trials, CHIPS)), axis=1)  # a random permutation per row
    defective = orders < DEFECTIVE  # chips 0..3 are the defective ones
    return float((defective.argmax(axis=1) + 1).mean())


def prove() -> float:
    value = exact()
    assert value == Fraction(CHIPS + 1, DEFECTIVE + 1), value
    # The standard deviation of T is about 3.4, so the standard error is about 0.008.
    sim = simulated()
    assert abs(sim - float(value)) < 0.04, (sim, value)
    return float(value)
