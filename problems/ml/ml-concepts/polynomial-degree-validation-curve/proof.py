"""Fit polynomials of degree 1..12 to 30 noisy points and classify the two error curves.

Data: x uniform on [-1, 1], y = exp(x) * cos(2.5x) + N(0, 0.25^2). Each degree is fitted by least
squares (Legendre basis, for numerical stability); training MSE on the 30 points, validation MSE on
1,000 fresh points. The curves are the medians over 30 seeded datasets, so one unlucky sample does
not decide the shape (each single dataset shows the same pattern, only noisier).

The option that is correct is the one whose description matches the measured shapes:
training error never increases with degree (nested least-squares fits), validation error has its
minimum at an interior degree and is clearly higher at both ends.
"""
import numpy as np

DEGREES = range(1, 13)


def _truth(x):
    return np.exp(x) * np.cos(2.5 * x)


def _curves(rng):
    x = rng.uniform(-1, 1, 30)
    y = _truth(x) + rng.normal(0, 0.25, x.size)
    xv = rng.uniform(-1, 1, 1000)
    yv = _truth(xv) + rng.normal(0, 0.25, xv.size)
    train, val = [], []
    for d in DEGREES:
        a = np.polynomial.legendre.legvander(x, d)
        w, *_ = np.linalg.lstsq(a, y, rcond=None)
        train.append(np.mean((a @ w - y) ** 2))
        val.append(np.mean((np.polynomial.legendre.legvander(xv, d) @ w - yv) ** 2))
    return np.array(train), np.array(val)


def _shape(curve, tol):
    """'down' (never rises), 'up', 'u' (interior minimum, both ends clearly higher) or 'flat'."""
    steps = np.diff(curve)
    if curve.max() - curve.min() < 0.1 * curve.min():
        return "flat"
    if np.all(steps <= tol):
        return "down"
    if np.all(steps >= -tol):
        return "up"
    low = int(np.argmin(curve))
    if 0 < low < curve.size - 1 and curve[0] > 1.5 * curve[low] and curve[-1] > 1.5 * curve[low]:
        return "u"
    return "other"


def prove():
    rng = np.random.default_rng(11)
    runs = [_curves(rng) for _ in range(30)]
    # Nested least squares: on every single dataset, training error never goes up with degree.
    assert all(np.all(np.diff(train) <= 1e-12) for train, _ in runs)
    train = np.median([t for t, _ in runs], axis=0)
    val = np.median([v for _, v in runs], axis=0)
    shapes = (_shape(train, 1e-12), _shape(val, 1e-12))
    options = {"a": ("down", "down"), "b": ("down", "u"), "c": ("u", "down"), "d": ("flat", "flat")}
    return [k for k, v in options.items() if v == shapes]
