"""How much does each model's test accuracy gain from verbatim duplicates crossing the split?

Each dataset: 800 distinct reviews as 20-dimensional feature vectors; the sentiment label is
sign(w.x + noise), noisy enough that about a fifth of labels go against the features. About half
the reviews are reposted, appearing 2 to 4 times in total (identical features and label).
Two evaluations with an 80/20 split: (1) rows split at random, (2) all copies of a review kept on
the same side. Inflation = accuracy(1) - accuracy(2), averaged over 5 seeded datasets, for a
1-nearest-neighbour classifier, an L2-regularised logistic regression (gradient descent) and the
majority-class baseline. The answer is the model with the largest inflation; option d ("about the
same for all") holds only if the largest and smallest inflation are within 0.02.
"""
import numpy as np

DIM = 20


def _dataset(rng, unique=800):
    w = rng.normal(size=DIM)
    x = rng.normal(size=(unique, DIM))
    y = (x @ w + rng.normal(0, 0.8 * np.linalg.norm(w), unique) > 0).astype(int)
    copies = np.where(rng.random(unique) < 0.5, rng.integers(2, 5, unique), 1)
    group = np.repeat(np.arange(unique), copies)
    return x[group], y[group], group


def _nn(xtr, ytr, xte):
    d = (xtr ** 2).sum(axis=1)[None, :] - 2 * xte @ xtr.T
    return ytr[np.argmin(d, axis=1)]


def _logistic(xtr, ytr, xte, lam=1.0, steps=300, lr=0.5):
    a = np.column_stack([np.ones(len(xtr)), xtr])
    w = np.zeros(a.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(a @ w)))
        grad = a.T @ (p - ytr) / len(ytr) + lam * np.r_[0.0, w[1:]]
        w -= lr * grad
    return (np.column_stack([np.ones(len(xte)), xte]) @ w > 0).astype(int)


def _majority(xtr, ytr, xte):
    return np.full(len(xte), int(ytr.mean() >= 0.5))


MODELS = {"a": _nn, "b": _logistic, "c": _majority}


def _accuracy(model, x, y, test):
    return float(np.mean(model(x[~test], y[~test], x[test]) == y[test]))


def prove():
    rng = np.random.default_rng(15)
    inflation = {k: [] for k in MODELS}
    for _ in range(5):
        x, y, group = _dataset(rng)
        row_test = rng.random(y.size) < 0.2
        group_test = (rng.random(group.max() + 1) < 0.2)[group]
        for k, model in MODELS.items():
            inflation[k].append(_accuracy(model, x, y, row_test) - _accuracy(model, x, y, group_test))
    inflation = {k: float(np.mean(v)) for k, v in inflation.items()}
    best = max(inflation, key=inflation.get)
    rest = max(v for k, v in inflation.items() if k != best)
    assert inflation[best] > 0.1 and inflation[best] > 3 * max(rest, 0.01), inflation
    if max(inflation.values()) - min(inflation.values()) < 0.02:
        return ["d"]
    return [best]
