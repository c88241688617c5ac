"""Exact enumeration over the gold's position, the host's random choice and the coin, checked
against a seeded simulation of the show."""
from fractions import Fraction
from itertools import combinations

import numpy as np

CHESTS, OPENED = 5, 2
FIRST_PICK = 0  # by symmetry the first pick can be fixed; the enumeration still randomises the gold


def enumerated() -> Fraction:
    total = Fraction(0)
    for gold in range(CHESTS):
        others = [c for c in range(CHESTS) if c != FIRST_PICK]
        pairs = [p for p in combinations(others, OPENED) if gold not in p]
        for opened in pairs:
            closed = [c for c in others if c not in opened]
            for switch_to in closed:
                weight = Fraction(1, CHESTS) * Fraction(1, len(pairs)) * Fraction(1, len(closed))
                total += weight * (switch_to == gold)
    return total


def simulated(trials: int = 400_000, seed: int = 9) -> float:
    rng = np.random.default_rng(seed)
    rows = np.arange(trials)
    gold = rng.integers(0, CHESTS, trials)
    pick = rng.integers(0, CHESTS, trials)
    # The host opens the OPENED chests with the smallest random keys among the empty, unpicked
    # ones: a uniformly random pair of allowed chests.
    keys = rng.random((trials, CHESTS))
    keys[rows, gold] = np.inf
    keys[rows, pick] = np.inf
    opened = np.argsort(keys, axis=1)[:, :OPENED]
    # The coin: a uniformly random choice among the chests that are neither picked nor opened.
    coin = rng.random((trials, CHESTS))
    coin[rows, pick] = np.inf
    for j in range(OPENED):
        coin[rows, opened[:, j]] = np.inf
    switch_to = coin.argmin(axis=1)
    return float((switch_to == gold).mean())


def prove() -> float:
    value = enumerated()
    assert value == Fraction(2, 5), value
    # Standard error of the simulated frequency: about 0.0008.
    sim = simulated()
    assert abs(sim - float(value)) < 0.006, (sim, value)
    return float(value)
