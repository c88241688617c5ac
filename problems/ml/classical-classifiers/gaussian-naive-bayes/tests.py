"""Gaussian naive Bayes cases: the examples, one class, one training row per class, constant
features, exact ties between identical classes, strong priors, non-contiguous labels, seeded
random Gaussian blobs (overlapping, imbalanced, up to 20 features)."""
import random


def _blobs(rng, n, m, d, labels, spread, weights=None):
    centres = {c: [rng.uniform(-50, 50) for _ in range(d)] for c in labels}
    scales = {c: [rng.uniform(0.5, spread) for _ in range(d)] for c in labels}

    def draw(c):
        return [max(-100.0, min(100.0, round(rng.gauss(centres[c][j], scales[c][j]), 3))) for j in range(d)]

    y = rng.choices(labels, weights=weights, k=n)
    y[: len(labels)] = labels  # every label appears at least once
    X = [draw(c) for c in y]
    X_test = [draw(rng.choice(labels)) for _ in range(m)]
    return [X, y, X_test]


def cases():
    out = [
        {"args": [[[1.0], [2.0], [3.0], [7.0], [8.0], [9.0]], [0, 0, 0, 1, 1, 1], [[2.5], [6.0], [4.9]]],
         "sample": True},
        {"args": [[[0.0, 5.0], [0.2, 5.0], [4.0, 1.0], [4.4, 1.0], [3.6, 1.0]], [3, 3, 8, 8, 8],
                  [[0.1, 5.0], [2.0, 3.0]]], "sample": True},
        # one class: everything gets it
        {"args": [[[1.0, 2.0], [3.0, 4.0]], [6, 6], [[100.0, -100.0], [0.0, 0.0]]]},
        # one training row per class: variance is exactly 1e-6
        {"args": [[[0.0], [10.0], [20.0]], [2, 0, 1], [[4.0], [6.0], [19.0], [-3.0]]]},
        # identical data for labels 1 and 3 (same rows, same order): exact tie, smaller label 1
        {"args": [[[1.0, 2.0], [1.0, 2.0], [2.0, 0.5], [2.0, 0.5], [9.0, 9.0]], [1, 3, 1, 3, 5],
                  [[1.5, 1.0], [8.0, 8.0], [1.4, 1.9]]]},
        {"args": [[[0.5], [0.5], [1.5], [1.5]], [9, 4, 9, 4], [[1.0], [0.0], [3.0]]]},
        # the prior decides: same likelihoods, class 7 is three times as common
        {"args": [[[0.0], [2.0], [0.0], [2.0], [0.0], [2.0], [0.0], [2.0]], [7, 7, 2, 2, 7, 7, 7, 7],
                  [[1.0], [-5.0]]]},
        # a wide class and a narrow class with the same mean: far points go to the wide one
        {"args": [[[-10.0], [10.0], [0.0], [-0.1], [0.1]], [0, 0, 1, 1, 1], [[0.0], [0.3], [5.0], [-50.0]]]},
        # constant features in every class
        {"args": [[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [2.0, 2.0, 2.0]], [0, 0, 1],
                  [[1.0, 1.0, 1.0], [1.0, 1.0, 1.5], [1.6, 1.6, 1.6], [1.4, 1.4, 1.4]]]},
    ]
    rng = random.Random(5150)
    for _ in range(10):
        labels = sorted(rng.sample(range(1001), rng.randint(2, 5)))
        weights = [rng.uniform(0.05, 1.0) for _ in labels]
        out.append({"args": _blobs(rng, rng.randint(len(labels), 40), rng.randint(1, 15), rng.randint(1, 6),
                                   labels, rng.choice([2.0, 20.0, 60.0]), weights)})
    out.append({"args": _blobs(rng, 20000, 5000, 20, [0, 3, 5, 250, 1000], 40.0, [5, 1, 1, 0.3, 2]),
                "large": True})
    out.append({"args": _blobs(rng, 5000, 5000, 4, list(range(10)), 30.0), "large": True})
    for case in out:
        X, y, X_test = case["args"]
        d = len(X[0])
        assert 1 <= len(X) == len(y) <= 20000 and 1 <= len(X_test) <= 5000 and 1 <= d <= 20
        assert all(len(r) == d for r in X + X_test)
        assert all(-100 <= v <= 100 for r in X + X_test for v in r)
        assert all(0 <= c <= 1000 for c in y) and len(set(y)) <= 10
    return out
