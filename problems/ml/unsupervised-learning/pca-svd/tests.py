"""PCA cases: the samples, two points, one feature, an exactly rank-deficient data set, k = d, and
seeded data with a known spread per latent direction mixed by a random matrix. Generated cases
are asserted generic: clear gaps between the first k + 1 singular values and a clear largest entry
in every component, so the answer is unique under the sign rule."""
import random

import numpy as np


def _data(rng, n, d, offset):
    scales = [50 * 0.8 ** i * rng.uniform(0.95, 1.05) for i in range(d)]
    mix = [[rng.gauss(0, 1) for _ in range(d)] for _ in range(d)]
    shift = [rng.uniform(-offset, offset) for _ in range(d)]
    X = []
    for _ in range(n):
        z = [rng.gauss(0, s) for s in scales]
        X.append([round(shift[j] + sum(z[i] * mix[i][j] for i in range(d)), 4) for j in range(d)])
    return X


def _generic(X, k):
    Xc = np.array(X) - np.mean(X, axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    s = np.append(s, 0.0)
    if any(s[i] - s[i + 1] <= 1e-3 * s[0] for i in range(k)):
        return False
    mags = np.sort(np.abs(Vt[:k]), axis=1)
    return Vt.shape[1] == 1 or bool(np.all(mags[:, -1] - mags[:, -2] > 1e-3))


def cases():
    out = [
        {"args": [[[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]], 2], "sample": True},
        {"args": [[[1.0, 2.0], [2.0, 3.0], [3.0, 5.0], [4.0, 6.0], [5.0, 9.0]], 1], "sample": True},
        {"args": [[[1.0, 5.0], [3.0, 4.0]], 1]},
        {"args": [[[1.0], [4.0], [-2.0], [7.0]], 1]},
        {"args": [[[0.0, 0.0, 0.0], [1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [3.0, 6.0, 9.5]], 2]},
        {"args": [[[10.0, 0.0, 0.0], [-10.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, -3.0, 0.0],
                   [0.0, 0.0, 1.0], [0.0, 0.0, -1.0]], 3]},
        {"args": [[[-1000.0, 250.0], [1000.0, -250.0], [10.0, 30.0], [-10.0, -30.0]], 2]},
    ]
    rng = random.Random(6174)
    for _ in range(10):
        d = rng.randint(1, 7)
        n = rng.randint(d + 3, 40)
        out.append({"args": [_data(rng, n, d, rng.choice([0, 10, 1000])), rng.randint(1, d)]})
    out.append({"args": [_data(rng, 2000, 50, 100), 5], "large": True})
    out.append({"args": [_data(rng, 2000, 40, 1000), 12], "large": True})
    for case in out:
        X, k = case["args"]
        n, d = len(X), len(X[0])
        assert 2 <= n <= 2000
        assert 1 <= d <= 50 and n * d <= 10**5 and 1 <= k <= min(n - 1, d)
        assert all(len(r) == d and all(abs(v) <= 10**4 for v in r) for r in X)
        assert _generic(X, k), case
    return out
