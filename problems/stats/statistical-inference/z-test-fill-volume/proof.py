"""The two-sided normal tail from the error function, checked against a seeded simulation of
samples of 36 bottles drawn under the null hypothesis."""
import math

import numpy as np

TARGET, SIGMA, N, OBSERVED = 500.0, 4.0, 36, 498.4


def phi(z: float) -> float:
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def closed_form() -> float:
    z = (OBSERVED - TARGET) / (SIGMA / math.sqrt(N))
    return 2 * phi(-abs(z))


def simulated(samples: int = 500_000, seed: int = 41) -> float:
    """How often a line that truly fills 500 ml gives a sample mean at least as far from 500."""
    rng = np.random.default_rng(seed)
    distance = abs(OBSERVED - TARGET)
    hits = 0
    for _ in range(5):  # five chunks keep memory modest
        means = rng.normal(TARGET, SIGMA, (samples // 5, N)).mean(axis=1)
        hits += int((np.abs(means - TARGET) >= distance).sum())
    return hits / samples


def prove() -> float:
    value = closed_form()
    # Standard error of the simulated frequency: about 0.00018.
    sim = simulated()
    assert abs(sim - value) < 0.001, (sim, value)
    return value
