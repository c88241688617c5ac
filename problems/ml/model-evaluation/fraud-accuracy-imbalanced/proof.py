"""What must hold for a 99.2%-accurate model on 10,000 transactions with 100 frauds?

A claim "must be true" when it holds for every confusion matrix consistent with the facts:
TP + FN = 100 frauds, FP + TN = 9,900 legitimate, and FN + FP = 80 errors (99.2% accuracy). All
81 matrices (FN = 0..80) are enumerated. Option a is checked by running the constant "legitimate"
predictor on a seeded shuffled label vector with exactly 100 frauds.

- a: the flag-nothing predictor's accuracy is 99.0%.
- b: recall >= 20% in every consistent matrix.
- c: recall >= 90% in every consistent matrix.
- d: precision >= 50% in every consistent matrix.
- e: recall equals 99.2% in every consistent matrix.
"""
import numpy as np

N, FRAUD, ERRORS = 10_000, 100, 80


def prove():
    rng = np.random.default_rng(0)
    labels = rng.permutation(np.r_[np.ones(FRAUD), np.zeros(N - FRAUD)])
    flag_nothing = np.zeros(N)
    constant_acc = float(np.mean(flag_nothing == labels))

    recalls, precisions = [], []
    for fn in range(0, ERRORS + 1):
        fp = ERRORS - fn
        tp = FRAUD - fn
        assert tp + fn + fp + (N - FRAUD - fp) == N and (tp + N - FRAUD - fp) / N == 0.992
        recalls.append(tp / FRAUD)
        precisions.append(tp / (tp + fp))
    recalls, precisions = np.array(recalls), np.array(precisions)
    claims = {
        "a": abs(constant_acc - 0.99) < 1e-12,
        "b": bool(np.all(recalls >= 0.20)),
        "c": bool(np.all(recalls >= 0.90)),
        "d": bool(np.all(precisions >= 0.50)),
        "e": bool(np.all(np.isclose(recalls, 0.992))),
    }
    # the extremes: recall from 0.20 to 1.00, precision from 100/180 = 0.556 up to 1.00
    assert np.isclose(recalls.min(), 0.2) and np.isclose(precisions.min(), 100 / 180)
    return sorted(k for k, v in claims.items() if v)
