"""Lasso and ridge fitted along a grid of penalties on a small designed dataset.

Eight standardised features (n = 200): x0 and x1 correlated 0.9 with y depending on 3*x0 - x1;
x2 with weight 2; x3 drives y (weight 1.5) and x4 is a near-copy of x3 (correlation 0.99);
x5, x6, x7 are irrelevant. Objective (1/2n)||y - Xw||^2 + lam*penalty(w); lasso by cyclic
coordinate descent with soft-thresholding, ridge in closed form (X'X + n*lam*I)^-1 X'y.

- a: at lam = 0.3, count coefficients that are exactly 0.0 (lasso several, ridge none).
- b: the ridge L2 norm along an increasing grid of lam never goes up.
- c: false if some ridge coefficient's magnitude grows between two consecutive lam values.
- d: ridge splits the x3/x4 weight nearly evenly (smaller/larger > 0.7), lasso puts it mostly on
  one (smaller/larger < 0.3), at lam = 0.1.
"""
import numpy as np


def _data():
    rng = np.random.default_rng(5)
    n = 200
    z = rng.normal(size=(n, 8))
    x = z.copy()
    x[:, 1] = 0.9 * z[:, 0] + np.sqrt(1 - 0.81) * z[:, 1]
    x[:, 4] = 0.99 * z[:, 3] + np.sqrt(1 - 0.99 ** 2) * z[:, 4]
    x = (x - x.mean(axis=0)) / x.std(axis=0)
    y = 3 * x[:, 0] - x[:, 1] + 2 * x[:, 2] + 1.5 * x[:, 3] + rng.normal(0, 1.0, n)
    return x, y - y.mean()


def _ridge(x, y, lam):
    n, p = x.shape
    return np.linalg.solve(x.T @ x + n * lam * np.eye(p), x.T @ y)


def _lasso(x, y, lam, sweeps=500):
    n, p = x.shape
    w = np.zeros(p)
    col_sq = (x ** 2).sum(axis=0) / n
    r = y.copy()
    for _ in range(sweeps):
        for j in range(p):
            r += x[:, j] * w[j]
            rho = x[:, j] @ r / n
            w[j] = np.sign(rho) * max(abs(rho) - lam, 0.0) / col_sq[j]
            r -= x[:, j] * w[j]
    return w


def prove():
    x, y = _data()
    truth = {}
    lasso, ridge = _lasso(x, y, 0.3), _ridge(x, y, 0.3)
    truth["a"] = int(np.sum(lasso == 0.0)) >= 3 and int(np.sum(ridge == 0.0)) == 0
    grid = np.logspace(-3, 3, 61)
    path = np.array([_ridge(x, y, lam) for lam in grid])
    norms = np.linalg.norm(path, axis=1)
    truth["b"] = bool(np.all(np.diff(norms) <= 1e-12))
    grows = np.diff(np.abs(path), axis=0) > 1e-9
    truth["c"] = not grows.any()
    # the x1 coefficient starts near -1, crosses zero and grows positive: not monotone in magnitude
    assert path[0, 1] < -0.5 and path[-1, 1] > 0, path[[0, -1], 1]
    r, l = _ridge(x, y, 0.1), _lasso(x, y, 0.1)
    ratio = lambda w: min(abs(w[3]), abs(w[4])) / max(abs(w[3]), abs(w[4]))
    truth["d"] = ratio(r) > 0.7 and ratio(l) < 0.3
    return sorted(k for k, v in truth.items() if v)
