"""The indicator formula, checked against the exact distribution of the number of occupied shards
(a Markov chain over the jobs, in fractions) and a seeded simulation."""
from fractions import Fraction

import numpy as np

JOBS, SHARDS = 30, 20


def closed_form() -> float:
    return SHARDS * (1 - 1 / SHARDS) ** JOBS


def markov_chain() -> Fraction:
    # dist[k] = P(exactly k shards occupied); each job hits a new shard with probability (m - k)/m.
    dist = [Fraction(0)] * (SHARDS + 1)
    dist[0] = Fraction(1)
    for _ in range(JOBS):
        step = [Fraction(0)] * (SHARDS + 1)
        for k, p in enumerate(dist):
            if p:
                step[k] += p * Fraction(k, SHARDS)
                if k < SHARDS:
                    step[k + 1] += p * Fraction(SHARDS - k, SHARDS)
        dist = step
    return sum((SHARDS - k) * p for k, p in enumerate(dist))


def simulated(batches: int = 200_000, seed: int = 10) -> float:
    rng = np.random.default_rng(seed)
    jobs = rng.integers(0, SHARDS, (batches, JOBS))
    occupied = np.zeros((batches, SHARDS), dtype=bool)
    np.put_along_axis(occupied, jobs, True, axis=1)
    return float((~occupied).sum(axis=1).mean())


def prove() -> float:
    value = closed_form()
    assert abs(float(markov_chain()) - value) < 1e-12
    # The idle count has standard deviation about 1.4: standard error about 0.003.
    sim = simulated()
    assert abs(sim - value) < 0.02, (sim, value)
    return value
