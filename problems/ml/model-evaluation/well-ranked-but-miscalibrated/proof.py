"""An overconfident but well-ranked model, before and after Platt scaling.

True log-odds z ~ N(0, 1.5^2); outcome y ~ Bernoulli(sigmoid(z)). The model outputs
q = sigmoid(2.5 z): the same ranking as the true probability, but stretched toward 0 and 1.
Platt scaling fits sigmoid(a * logit(q) + b) by gradient descent on the log loss of a separate
calibration set (20,000 rows); everything is measured on a test set of 50,000 rows.
ECE = expected calibration error over 10 equal-width probability bins.

- a (overconfident): where q > 0.95 the observed positive rate is well below the mean q, and
  where q < 0.05 it is well above.
- b (Platt fixes calibration without changing ranking): ECE drops by more than half and ROC-AUC is
  unchanged.
- c (high AUC means probabilities usable as they are): false if ROC-AUC > 0.8 but the raw ECE is
  above 0.05.
- d (Platt raises AUC): true only if the AUC increases.
- e (fitted slope above 1): true only if the fitted a > 1.
"""
import numpy as np


def _sigmoid(t):
    return 1 / (1 + np.exp(-t))


def _sample(rng, n):
    z = rng.normal(0, 1.5, n)
    y = (rng.random(n) < _sigmoid(z)).astype(int)
    return _sigmoid(2.5 * z), y


def _auc(score, y):
    ranks = np.empty(score.size)
    ranks[np.argsort(score, kind="stable")] = np.arange(1, score.size + 1)
    pos = y == 1
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def _ece(p, y, bins=10):
    which = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        inside = which == b
        if inside.any():
            total += inside.mean() * abs(p[inside].mean() - y[inside].mean())
    return total


def _platt(q, y, steps=2000, lr=0.5):
    s = np.log(q / (1 - q))
    a, b = 1.0, 0.0
    for _ in range(steps):
        r = _sigmoid(a * s + b) - y
        a -= lr * np.mean(r * s) / 4
        b -= lr * np.mean(r)
    return a, b


def prove():
    rng = np.random.default_rng(16)
    q_cal, y_cal = _sample(rng, 20_000)
    q, y = _sample(rng, 50_000)
    q_cal, q = np.clip(q_cal, 1e-12, 1 - 1e-12), np.clip(q, 1e-12, 1 - 1e-12)
    a, b = _platt(q_cal, y_cal)
    calibrated = _sigmoid(a * np.log(q / (1 - q)) + b)
    high, low = q > 0.95, q < 0.05
    auc_raw, auc_cal = _auc(q, y), _auc(calibrated, y)
    ece_raw, ece_cal = _ece(q, y), _ece(calibrated, y)
    assert 0.3 < a < 0.5, a  # the fitted slope undoes the 2.5x stretch
    claims = {
        "a": y[high].mean() < q[high].mean() - 0.05 and y[low].mean() > q[low].mean() + 0.05,
        "b": ece_cal < 0.5 * ece_raw and abs(auc_cal - auc_raw) < 1e-12,
        "c": not (auc_raw > 0.8 and ece_raw > 0.05),
        "d": auc_cal > auc_raw + 1e-12,
        "e": a > 1,
    }
    return sorted(k for k, v in claims.items() if v)
