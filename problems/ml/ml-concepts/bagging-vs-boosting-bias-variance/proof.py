"""Bias and variance of single, bagged and boosted learners, measured over many training sets.

Data: x uniform on [0, 1], y = sin(2*pi*x) + N(0, 0.3^2), 60 rows per training set, 20 training
sets; predictions on a grid of 200 points. For a learner, bias^2 = grid mean of (average prediction
- true curve)^2, variance = grid mean of the prediction variance across training sets.

Learners (1-D regression trees, squared-error splits at midpoints):
deep tree (grown until leaves are pure, i.e. one distinct x), stump (one split), bagging (20
bootstrap samples, predictions averaged), boosting (stumps fitted one after another to the
residuals, learning rate 0.3, 100 rounds), and a straight line by least squares (a stable model).

- a: bagged deep trees have clearly lower variance (< 0.6x) and about the same bias^2.
- b: bagged stumps have substantially lower bias^2 (< 0.7x) than one stump; false if not.
- c: boosted stumps have far lower bias^2 (< 0.2x) than one stump.
- d: bagging cuts a straight line's variance about as much as a deep tree's (ratio within 0.15).
"""
import numpy as np


def _build(x, y, depth):
    """x sorted ascending. Returns a list of (left_edge, value) leaves as split thresholds."""
    if depth == 0 or x[0] == x[-1]:
        return [], [y.mean()]
    n = y.size
    csum, csq = np.cumsum(y), np.cumsum(y ** 2)
    k = np.arange(1, n)
    left_sse = csq[:-1] - csum[:-1] ** 2 / k
    right_sse = (csq[-1] - csq[:-1]) - (csum[-1] - csum[:-1]) ** 2 / (n - k)
    cost = left_sse + right_sse
    cost[x[1:] == x[:-1]] = np.inf
    i = int(np.argmin(cost))
    thr = (x[i] + x[i + 1]) / 2
    lt, lv = _build(x[: i + 1], y[: i + 1], depth - 1)
    rt, rv = _build(x[i + 1:], y[i + 1:], depth - 1)
    return lt + [thr] + rt, lv + rv


def _tree(x, y, depth):
    order = np.argsort(x, kind="stable")
    thresholds, values = _build(x[order], y[order], depth)
    thresholds, values = np.array(thresholds), np.array(values)
    return lambda q: values[np.searchsorted(thresholds, q)]


def _deep_tree(x, y):
    """A fully grown tree, built directly: growing until every leaf holds one distinct x puts a
    threshold at every midpoint between neighbouring distinct x values, whatever the split order,
    and each leaf predicts the mean y at its x. (prove() checks this against the recursive builder.)"""
    values, inverse = np.unique(x, return_inverse=True)
    means = np.bincount(inverse, weights=y) / np.bincount(inverse)
    thresholds = (values[:-1] + values[1:]) / 2
    return lambda q: means[np.searchsorted(thresholds, q)]


def _line(x, y):
    slope, intercept = np.polyfit(x, y, 1)
    return lambda q: slope * q + intercept


def _bagged(fit, x, y, rng, bags=20):
    models = []
    for _ in range(bags):
        idx = rng.integers(0, len(y), len(y))
        models.append(fit(x[idx], y[idx]))
    return lambda q: np.mean([m(q) for m in models], axis=0)


def _boosted(x, y, rounds=100, rate=0.3):
    base = y.mean()
    stumps, resid = [], y - base
    for _ in range(rounds):
        s = _tree(x, resid, 1)
        stumps.append(s)
        resid = resid - rate * s(x)
    return lambda q: base + rate * np.sum([s(q) for s in stumps], axis=0)


def _bias_variance(make, sets=20):
    """The same 20 training sets for every learner (data seed 2); bootstraps use their own seed."""
    data_rng, boot_rng = np.random.default_rng(2), np.random.default_rng(3)
    grid = np.linspace(0, 1, 200)
    truth = np.sin(2 * np.pi * grid)
    preds = []
    for _ in range(sets):
        x = data_rng.uniform(0, 1, 60)
        y = np.sin(2 * np.pi * x) + data_rng.normal(0, 0.3, x.size)
        preds.append(make(x, y, boot_rng)(grid))
    preds = np.array(preds)
    return float(np.mean((preds.mean(axis=0) - truth) ** 2)), float(np.mean(preds.var(axis=0)))


def prove():
    check = np.random.default_rng(0)
    x = check.uniform(0, 1, 60)[check.integers(0, 60, 60)]  # a bootstrap sample, with repeats
    y = check.normal(size=60)
    q = np.linspace(0, 1, 500)
    assert np.allclose(_tree(x, y, 64)(q), _deep_tree(x, y)(q))
    deep = _deep_tree
    stump = lambda x, y: _tree(x, y, 1)
    learners = {
        "deep": lambda x, y, r: deep(x, y),
        "bagged_deep": lambda x, y, r: _bagged(deep, x, y, r),
        "stump": lambda x, y, r: stump(x, y),
        "bagged_stump": lambda x, y, r: _bagged(stump, x, y, r),
        "boosted_stump": lambda x, y, r: _boosted(x, y),
        "line": lambda x, y, r: _line(x, y),
        "bagged_line": lambda x, y, r: _bagged(_line, x, y, r),
    }
    bv = {name: _bias_variance(make) for name, make in learners.items()}
    tree_ratio = bv["bagged_deep"][1] / bv["deep"][1]
    line_ratio = bv["bagged_line"][1] / bv["line"][1]
    claims = {
        "a": tree_ratio < 0.6 and abs(bv["bagged_deep"][0] - bv["deep"][0]) < 0.25 * bv["deep"][1],
        "b": bv["bagged_stump"][0] < 0.7 * bv["stump"][0],
        "c": bv["boosted_stump"][0] < 0.2 * bv["stump"][0],
        "d": abs(line_ratio - tree_ratio) < 0.15,
    }
    return sorted(k for k, v in claims.items() if v)
