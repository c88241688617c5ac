"""The t quantile by bisection on a numerically integrated t density (Simpson's rule), checked
against the empirical quantile of simulated t statistics; the endpoint itself from the data."""
import math

import numpy as np

DATA = [212, 198, 225, 207, 219, 203, 231, 210]
LEVEL = 0.95


def t_pdf(x: float, df: int) -> float:
    c = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / math.sqrt(df * math.pi)
    return c * (1 + x * x / df) ** (-(df + 1) / 2)


def t_cdf(x: float, df: int, steps: int = 2000) -> float:
    """0.5 + the integral of the density from 0 to x (Simpson's rule; steps is even)."""
    h = x / steps
    total = t_pdf(0, df) + t_pdf(x, df)
    total += sum((4 if i % 2 else 2) * t_pdf(i * h, df) for i in range(1, steps))
    return 0.5 + total * h / 3


def t_ppf(p: float, df: int) -> float:
    lo, hi = 0.0, 50.0
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if t_cdf(mid, df) < p else (lo, mid)
    return (lo + hi) / 2


def upper_endpoint(t: float) -> float:
    n = len(DATA)
    mean = sum(DATA) / n
    s = math.sqrt(sum((x - mean) ** 2 for x in DATA) / (n - 1))
    return mean + t * s / math.sqrt(n)


def simulated_t_quantile(p: float, n: int, experiments: int = 400_000, seed: int = 13) -> float:
    rng = np.random.default_rng(seed)
    samples = rng.normal(0.0, 1.0, (experiments, n))
    stats = samples.mean(axis=1) / (samples.std(axis=1, ddof=1) / math.sqrt(n))
    return float(np.quantile(stats, p))


def prove() -> float:
    df = len(DATA) - 1
    t = t_ppf(1 - (1 - LEVEL) / 2, df)
    # The empirical 0.975 quantile of 400,000 t statistics has standard error about 0.008.
    sim = simulated_t_quantile(1 - (1 - LEVEL) / 2, len(DATA))
    assert abs(sim - t) < 0.04, (sim, t)
    return upper_endpoint(t)
