"""Two independent derivations: the exact product, checked against a seeded simulation."""
import math
import random


def exact(people: int = 30, days: int = 365) -> float:
    return 1 - math.prod((days - i) / days for i in range(people))


def simulated(people: int = 30, days: int = 365, trials: int = 200_000, seed: int = 7) -> float:
    rng = random.Random(seed)
    hits = sum(len({rng.randrange(days) for _ in range(people)}) < people for _ in range(trials))
    return hits / trials


def prove() -> float:
    value = exact()
    # 200,000 trials: the standard error is about 0.001; agreeing within 0.005 is a 5-sigma check.
    assert abs(simulated() - value) < 0.005, (simulated(), value)
    return value
