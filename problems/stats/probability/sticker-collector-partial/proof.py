"""The sum of geometric stage means in exact fractions, checked against a seeded simulation of
opening boxes."""
from fractions import Fraction

import numpy as np

KINDS, WANTED = 12, 8


def exact() -> Fraction:
    return sum(Fraction(KINDS, KINDS - i) for i in range(WANTED))


def simulated(families: int = 100_000, max_boxes: int = 60, seed: int = 14) -> float:
    rng = np.random.default_rng(seed)
    rows = np.arange(families)
    stickers = rng.integers(0, KINDS, (families, max_boxes))
    owned = np.zeros((families, KINDS), dtype=bool)
    distinct = np.zeros(families, dtype=int)
    done_at = np.zeros(families, dtype=int)
    for box in range(max_boxes):
        column = stickers[:, box]
        distinct += ~owned[rows, column]
        owned[rows, column] = True
        done_at[(done_at == 0) & (distinct >= WANTED)] = box + 1
        if (done_at > 0).all():
            break
    assert (done_at > 0).all(), "some family needed more than max_boxes boxes"
    return float(done_at.mean())


def prove() -> float:
    value = float(exact())
    # The standard deviation of T is about 2.85, so the standard error is about 0.009.
    sim = simulated()
    assert abs(sim - value) < 0.055, (sim, value)
    return value
