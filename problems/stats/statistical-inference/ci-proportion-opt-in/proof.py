"""The Wald endpoint from the closed-form standard error, with the normal quantile found by
bisection; the standard error is checked against the spread of seeded binomial samples."""
import math

import numpy as np

SUCCESSES, N, LEVEL = 418, 1100, 0.95


def phi(z: float) -> float:
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def norm_ppf(p: float) -> float:
    lo, hi = -10.0, 10.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if phi(mid) < p else (lo, mid)
    return (lo + hi) / 2


def upper_endpoint(se: float) -> float:
    return SUCCESSES / N + norm_ppf(1 - (1 - LEVEL) / 2) * se


def simulated_se(samples: int = 1_000_000, seed: int = 29) -> float:
    """The standard deviation of p-hat across repeated surveys of 1,100 users with rate p-hat."""
    rng = np.random.default_rng(seed)
    return float((rng.binomial(N, SUCCESSES / N, samples) / N).std())


def prove() -> float:
    p = SUCCESSES / N
    se = math.sqrt(p * (1 - p) / N)
    value = upper_endpoint(se)
    # The simulated spread is within about 0.1% of the true standard error.
    sim = upper_endpoint(simulated_se())
    assert abs(sim - value) < 0.0002, (sim, value)
    return value
