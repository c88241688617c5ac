"""Two normal tails from the error function, checked against a seeded simulation of bolts."""
import math

import numpy as np

MEAN, SD, LOW, HIGH = 10.02, 0.05, 9.95, 10.10


def phi(z: float) -> float:
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def closed_form() -> float:
    return phi((LOW - MEAN) / SD) + (1 - phi((HIGH - MEAN) / SD))


def simulated(bolts: int = 2_000_000, seed: int = 12) -> float:
    rng = np.random.default_rng(seed)
    d = rng.normal(MEAN, SD, bolts)
    return float(((d < LOW) | (d > HIGH)).mean())


def prove() -> float:
    value = closed_form()
    # Standard error of the simulated frequency: about 0.00024.
    sim = simulated()
    assert abs(sim - value) < 0.0015, (sim, value)
    return value
