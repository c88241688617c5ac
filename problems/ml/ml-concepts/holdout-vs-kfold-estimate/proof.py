"""Compare the four ways of reporting accuracy against the truth, over many seeded datasets.

Each dataset: 200 rows, two Gaussian classes in 5 dimensions (means 0 and 1.1 on every axis); the
model is a 1-nearest-neighbour classifier. The truth for a dataset is the accuracy of the model
trained on all 200 rows, measured on 3,000 fresh rows. Estimators, as in the options:

- a: 5-fold cross-validation repeated over 3 shuffles, mean of the 15 fold accuracies;
- b: the better of two random 80/20 splits;
- c: one random 95/5 split;
- d: no split, accuracy on the 200 rows the model was trained on.

The correct option is the estimator with the smallest root-mean-squared error against the truth.
"""
import numpy as np


def _data(rng, n):
    y = rng.integers(0, 2, n)
    return rng.normal(size=(n, 5)) + 1.1 * y[:, None], y


def _knn(xtr, ytr, xte):
    """1-nearest-neighbour predictions."""
    d = (xtr ** 2).sum(axis=1)[None, :] - 2 * xte @ xtr.T
    return ytr[np.argmin(d, axis=1)]


def _holdout(x, y, rng, test_share):
    order = rng.permutation(len(y))
    cut = int(round(len(y) * (1 - test_share)))
    tr, te = order[:cut], order[cut:]
    return np.mean(_knn(x[tr], y[tr], x[te]) == y[te])


def _kfold(x, y, rng, k=5, repeats=3):
    scores = []
    for _ in range(repeats):
        folds = rng.permutation(np.arange(len(y)) % k)
        for f in range(k):
            te = folds == f
            scores.append(np.mean(_knn(x[~te], y[~te], x[te]) == y[te]))
    return float(np.mean(scores))


def prove():
    rng = np.random.default_rng(4)
    errors = {k: [] for k in "abcd"}
    spread = {"kfold": [], "holdout": [], "tiny": []}
    for _ in range(16):
        x, y = _data(rng, 200)
        xf, yf = _data(rng, 3000)
        truth = np.mean(_knn(x, y, xf) == yf)
        for _ in range(3):
            est = {
                "a": _kfold(x, y, rng),
                "b": max(_holdout(x, y, rng, 0.2), _holdout(x, y, rng, 0.2)),
                "c": _holdout(x, y, rng, 0.05),
                "d": np.mean(_knn(x, y, x) == y),
            }
            for k, v in est.items():
                errors[k].append(v - truth)
        # spread of each kind of estimate across split seeds, for this one dataset
        spread["kfold"].append(np.std([_kfold(x, y, rng) for _ in range(4)]))
        spread["holdout"].append(np.std([_holdout(x, y, rng, 0.2) for _ in range(4)]))
        spread["tiny"].append(np.std([_holdout(x, y, rng, 0.05) for _ in range(4)]))
    rmse = {k: float(np.sqrt(np.mean(np.square(v)))) for k, v in errors.items()}
    s = {k: float(np.mean(v)) for k, v in spread.items()}
    assert s["kfold"] < 0.5 * s["holdout"] < 0.5 * s["tiny"], s
    best = min(rmse, key=rmse.get)
    assert all(1.3 * rmse[best] < v for k, v in rmse.items() if k != best), rmse
    return [best]
