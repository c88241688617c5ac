"""Exact enumeration of the 64 equally likely ordered pairs of cat types, checked against a seeded
simulation of pairs of cats."""
from fractions import Fraction
from itertools import product

import numpy as np

TYPES = list(product("FM", ["winter", "spring", "summer", "autumn"]))
WINTER_FEMALE = ("F", "winter")


def enumerated() -> Fraction:
    pairs = list(product(TYPES, repeat=2))
    told = [p for p in pairs if WINTER_FEMALE in p]
    both_female = [p for p in told if p[0][0] == "F" and p[1][0] == "F"]
    return Fraction(len(both_female), len(told))


def simulated(pairs: int = 1_000_000, seed: int = 2) -> float:
    rng = np.random.default_rng(seed)
    female = rng.random((pairs, 2)) < 0.5
    winter = rng.integers(0, 4, (pairs, 2)) == 0
    told = (female & winter).any(axis=1)
    return float(female.all(axis=1)[told].mean())


def prove() -> float:
    value = enumerated()
    assert value == Fraction(7, 15), value
    # About 234,000 pairs satisfy the condition: standard error near 0.001.
    sim = simulated()
    assert abs(sim - float(value)) < 0.005, (sim, value)
    return float(value)
