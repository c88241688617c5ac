"""e^(-lambda), checked two ways: as the limit of many tiny Bernoulli slices, and by a seeded
simulation that scatters each hour's Poisson(27) tickets uniformly over the hour."""
import math

import numpy as np

RATE_PER_HOUR, WINDOW_HOURS = 27.0, 0.1


def closed_form() -> float:
    return math.exp(-RATE_PER_HOUR * WINDOW_HOURS)


def bernoulli_slices(slices: int = 10_000_000) -> float:
    # Split the window into many slices, each holding a ticket with probability lambda / slices.
    return (1 - RATE_PER_HOUR * WINDOW_HOURS / slices) ** slices


def simulated(hours: int = 1_000_000, seed: int = 4) -> float:
    rng = np.random.default_rng(seed)
    tickets = rng.poisson(RATE_PER_HOUR, hours)
    # Given the hour's count, each ticket's time is uniform on the hour: it lands in the window
    # with probability WINDOW_HOURS.
    in_window = rng.binomial(tickets, WINDOW_HOURS)
    return float((in_window == 0).mean())


def prove() -> float:
    value = closed_form()
    assert abs(bernoulli_slices() - value) < 1e-6
    # Standard error of the simulated frequency: about 0.00025.
    sim = simulated()
    assert abs(sim - value) < 0.0015, (sim, value)
    return value
