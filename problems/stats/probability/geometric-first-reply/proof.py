"""The geometric window as a tail difference, checked against the summed pmf and a seeded simulation."""
import numpy as np

P, FIRST, LAST = 0.12, 11, 20


def closed_form() -> float:
    return (1 - P) ** (FIRST - 1) - (1 - P) ** LAST


def pmf_sum() -> float:
    return sum((1 - P) ** (k - 1) * P for k in range(FIRST, LAST + 1))


def simulated(trials: int = 1_000_000, seed: int = 8) -> float:
    rng = np.random.default_rng(seed)
    replies = rng.random((trials, LAST)) < P
    first = np.where(replies.any(axis=1), replies.argmax(axis=1) + 1, LAST + 1)
    return float(((first >= FIRST) & (first <= LAST)).mean())


def prove() -> float:
    value = closed_form()
    assert abs(value - pmf_sum()) < 1e-12
    # Standard error of the simulated frequency: about 0.0004.
    sim = simulated()
    assert abs(sim - value) < 0.002, (sim, value)
    return value
