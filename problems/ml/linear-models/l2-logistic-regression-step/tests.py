"""L2 logistic regression step cases: the examples, lam = 0 (plain logistic regression), a strong
penalty, saturated logits (|z| in the hundreds, where a naive sigmoid overflows), all-one and
all-zero labels, one example, seeded random data sets; a large one with 10^4 rows."""
import random


def _data(rng, n, d, scale, w_scale):
    X = [[round(rng.uniform(-scale, scale), 3) for _ in range(d)] for _ in range(n)]
    true_w = [rng.uniform(-1, 1) for _ in range(d)]
    y = [float(sum(a * c for a, c in zip(row, true_w)) + rng.gauss(0, scale / 3) > 0) for row in X]
    w = [round(rng.uniform(-w_scale, w_scale), 3) for _ in range(d)]
    b = round(rng.uniform(-w_scale, w_scale), 3)
    return X, y, w, b


def cases():
    out = [
        {"args": [[[1.0, 2.0], [-1.0, 0.0]], [1.0, 0.0], [0.0, 0.0], 0.0, 0.5, 0.1], "sample": True},
        {"args": [[[2.0]], [1.0], [1.0], -2.0, 1.0, 0.5], "sample": True},
        {"args": [[[1.0, -1.0], [2.0, 0.5], [0.0, 3.0]], [1.0, 0.0, 1.0], [0.3, -0.2], 0.1, 0.1, 0.0]},  # lam 0
        {"args": [[[1.0, 1.0]], [0.0], [2.0, -3.0], 0.5, 0.2, 10.0]},                   # strong penalty
        {"args": [[[100.0, 100.0], [-100.0, -100.0]], [0.0, 1.0], [10.0, 10.0], 10.0, 0.01, 0.1]},  # |z| = 2000
        {"args": [[[100.0], [-100.0]], [1.0, 0.0], [10.0], 0.0, 1.0, 0.0]},             # saturated and right
        {"args": [[[0.5], [1.5], [-2.0]], [1.0, 1.0, 1.0], [0.0], 0.0, 1.0, 1.0]},      # all ones
        {"args": [[[0.5], [1.5], [-2.0]], [0.0, 0.0, 0.0], [0.0], 0.0, 1.0, 1.0]},      # all zeros
        {"args": [[[0.0, 0.0, 0.0]], [1.0], [5.0, -5.0, 1.0], -10.0, 0.7, 2.0]},        # zero features
    ]
    rng = random.Random(8086)
    for _ in range(10):
        X, y, w, b = _data(rng, rng.randint(1, 20), rng.randint(1, 6), rng.choice([1.0, 10.0, 100.0]),
                           rng.choice([0.1, 1.0, 10.0]))
        out.append({"args": [X, y, w, b, rng.choice([0.01, 0.1, 1.0]), rng.choice([0.0, 0.01, 1.0, 10.0])]})
    X, y, w, b = _data(rng, 10_000, 50, 5.0, 1.0)
    out.append({"args": [X, y, w, b, 0.05, 0.01], "large": True})
    X, y, w, b = _data(rng, 5000, 20, 100.0, 10.0)
    out.append({"args": [X, y, w, b, 0.5, 3.0], "large": True})
    for case in out:
        X, y, w, b, lr, lam = case["args"]
        assert 1 <= len(X) == len(y) <= 10**4 and all(len(r) == len(w) for r in X) and 1 <= len(w) <= 50
        assert all(-100 <= v <= 100 for r in X for v in r) and all(-10 <= v <= 10 for v in w + [b])
        assert set(y) <= {0.0, 1.0} and 0 < lr <= 1 and 0 <= lam <= 10
    return out
