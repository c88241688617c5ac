"""Power from the shifted normal (erf-based CDF, critical value by bisection), checked against a
seeded simulation of the whole experiment: draw both arms, run the z-test, count rejections."""
import math

import numpy as np

N, SIGMA, EFFECT, ALPHA = 150, 20.0, 5.0, 0.05


def phi(z: float) -> float:
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def norm_ppf(p: float) -> float:
    lo, hi = -10.0, 10.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if phi(mid) < p else (lo, mid)
    return (lo + hi) / 2


def closed_form() -> float:
    se = SIGMA * math.sqrt(2 / N)
    crit = norm_ppf(1 - ALPHA / 2)
    shift = EFFECT / se
    return phi(shift - crit) + phi(-shift - crit)


def simulated(experiments: int = 100_000, chunk: int = 10_000, seed: int = 43) -> float:
    rng = np.random.default_rng(seed)
    crit = norm_ppf(1 - ALPHA / 2)
    se = SIGMA * math.sqrt(2 / N)
    rejections = 0
    for _ in range(experiments // chunk):
        control = rng.normal(0.0, SIGMA, (chunk, N)).mean(axis=1)
        treated = rng.normal(EFFECT, SIGMA, (chunk, N)).mean(axis=1)
        rejections += int((np.abs(treated - control) / se > crit).sum())
    return rejections / experiments


def prove() -> float:
    value = closed_form()
    # Standard error of the simulated power: about 0.0016.
    sim = simulated()
    assert abs(sim - value) < 0.008, (sim, value)
    return value
