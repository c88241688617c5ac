"""Which preprocessing steps, fitted on all rows before the split, leak validation information?

Leak test: fit each step on all rows (training + validation), as the teammate does, and look at
the transformed TRAINING rows. Then change only the validation rows (their features and labels)
and repeat. If the transformed training rows change, validation data flowed into training: a
leak. A step with no fitted statistics (a fixed formula) cannot leak.

Size of the effect: on pure noise (labels independent of 2,000 features), picking the 20 features
most correlated with the label on all rows, then running 5-fold cross-validation of a
nearest-centroid classifier, reports accuracy far above the 50% that honest selection (inside each
fold) gives.
"""
import numpy as np


def _standardise(x, y):
    return (x - x.mean(axis=0)) / x.std(axis=0)


def _select(x, y, k=5):
    corr = np.abs((x - x.mean(axis=0)).T @ (y - y.mean()))
    return x[:, np.sort(np.argsort(-corr)[:k])]


def _impute(x, y):
    med = np.nanmedian(x, axis=0)
    return np.where(np.isnan(x), med, x)


def _log1p(x, y):
    return np.log1p(np.abs(x))


STEPS = {"a": _standardise, "b": _select, "c": _log1p, "d": _impute}


def _leaks(step, rng):
    n, p, n_train = 60, 30, 45
    x = rng.normal(size=(n, p))
    x[rng.random((n, p)) < 0.1] = np.nan if step is _impute else 0.0
    y = rng.integers(0, 2, n).astype(float)
    before = step(x, y)[:n_train]
    x2, y2 = x.copy(), y.copy()
    x2[n_train:] = rng.normal(3.0, 2.0, size=(n - n_train, p))  # new validation features
    y2[n_train:] = 1 - y2[n_train:]  # and flipped validation labels
    after = step(x2, y2)[:n_train]
    return not np.allclose(before, after)


def _centroid_cv(x, y, folds, select_inside, k=20):
    correct = 0
    for f in range(5):
        test = folds == f
        xtr, ytr = x[~test], y[~test]
        if select_inside:
            corr = np.abs((xtr - xtr.mean(axis=0)).T @ (ytr - ytr.mean()))
            cols = np.argsort(-corr)[:k]
        else:
            corr = np.abs((x - x.mean(axis=0)).T @ (y - y.mean()))
            cols = np.argsort(-corr)[:k]
        c0, c1 = xtr[ytr == 0][:, cols].mean(axis=0), xtr[ytr == 1][:, cols].mean(axis=0)
        xt = x[test][:, cols]
        pred = (np.sum((xt - c1) ** 2, axis=1) < np.sum((xt - c0) ** 2, axis=1)).astype(float)
        correct += np.sum(pred == y[test])
    return correct / y.size


def prove():
    rng = np.random.default_rng(21)
    truth = {k: _leaks(step, rng) for k, step in STEPS.items()}
    y = np.repeat([0.0, 1.0], 50)
    leaky, honest = [], []
    for _ in range(4):
        x = rng.normal(size=(100, 2000))
        folds = rng.permutation(np.arange(100) % 5)
        leaky.append(_centroid_cv(x, y, folds, False))
        honest.append(_centroid_cv(x, y, folds, True))
    leaky, honest = np.mean(leaky), np.mean(honest)
    assert leaky > 0.8 and abs(honest - 0.5) < 0.15, (leaky, honest)
    return sorted(k for k, v in truth.items() if v)
