"""The unpooled standard error in closed form, checked against the spread of the difference across
seeded re-runs of the experiment with the observed rates as the true rates."""
import math

import numpy as np

CONTROL, TREATMENT = (3000, 690), (1500, 390)  # visitors, sign-ups


def closed_form() -> float:
    total = 0.0
    for n, x in (CONTROL, TREATMENT):
        p = x / n
        total += p * (1 - p) / n
    return math.sqrt(total)


def simulated(reruns: int = 1_000_000, seed: int = 47) -> float:
    rng = np.random.default_rng(seed)
    (nc, xc), (nt, xt) = CONTROL, TREATMENT
    diff = rng.binomial(nt, xt / nt, reruns) / nt - rng.binomial(nc, xc / nc, reruns) / nc
    return float(diff.std())


def prove() -> float:
    value = closed_form()
    # The standard deviation of 1,000,000 draws is within about 0.07% (1e-5) of the truth.
    sim = simulated()
    assert abs(sim - value) < 0.00006, (sim, value)
    return value
