"""An experiment with the three situations: which model's validation error drops most with 10x data?

Data: a noisy sine curve. Model a: a degree-15 polynomial fitted to few points (high variance, low
training error, like a deep tree). Model b: a straight line (high bias). Model c: the right model
(a sine fit), already close to the noise floor.
"""
import numpy as np


def _data(rng, n):
    x = rng.uniform(0, 6, n)
    return x, np.sin(x) + rng.normal(0, 0.3, n)


def _errors(n, rng):
    x, y = _data(rng, n)
    xv, yv = _data(rng, 2000)
    wiggly = np.polynomial.Polynomial.fit(x, y, 15)(xv)
    slope, intercept = np.polyfit(x, y, 1)
    basis = np.column_stack([np.sin(x), np.ones_like(x)])
    coef, *_ = np.linalg.lstsq(basis, y, rcond=None)
    predictions = {"a": wiggly, "b": slope * xv + intercept, "c": coef[0] * np.sin(xv) + coef[1]}
    return {k: float(np.mean((p - yv) ** 2)) for k, p in predictions.items()}


def prove():
    rng = np.random.default_rng(3)
    small = [_errors(40, rng) for _ in range(50)]
    large = [_errors(400, rng) for _ in range(50)]
    gain = {k: np.mean([s[k] for s in small]) - np.mean([l[k] for l in large]) for k in "abc"}
    best = max(gain, key=gain.get)
    assert gain[best] > 2 * max(v for k, v in gain.items() if k != best), gain
    return [best]
