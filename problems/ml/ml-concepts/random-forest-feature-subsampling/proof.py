"""Bagged regression trees with and without per-split feature subsampling.

Data: 10 features, standard normal with pairwise correlation 0.5; y = 2*x0 + x1 + x2 + x3 + x4 + x5
+ N(0, 1) noise; 200 training rows, 2,000 test rows. Trees: squared-error splits at midpoints,
grown until a node has fewer than 8 rows. Both forests use the same 30 bootstrap samples; one
considers all 10 features at each split, the other a random 3.

Measured on the test rows: the average correlation between two trees' prediction errors, the
average single-tree MSE, the forest MSE, and how often each feature is chosen for a split.

- a (decorrelates; each tree a bit worse; averaging cancels more): with subsampling the error
  correlation drops (by more than 0.03), single-tree MSE rises, and the share of single-tree MSE
  left after averaging (forest MSE / tree MSE) is smaller.
- b (each tree more accurate): true only if single-tree MSE falls.
- c (speed only, errors as correlated as before): true only if the correlation moves by < 0.03.
- d (features used equally often): false if the most-used feature is chosen over 1.5x as often
  as the least-used one with subsampling.
"""
import numpy as np

P, MIN_ROWS = 10, 8


def _data(rng, n):
    cov = 0.5 * np.ones((P, P)) + 0.5 * np.eye(P)
    x = rng.multivariate_normal(np.zeros(P), cov, n)
    return x, 2 * x[:, 0] + x[:, 1:6].sum(axis=1) + rng.normal(0, 1, n)


def _grow(x, y, rows, mtry, rng, nodes, used):
    """Append nodes as [feature, threshold, left, right, value]; return this node's index."""
    me = len(nodes)
    nodes.append([-1, 0.0, -1, -1, float(y[rows].mean())])
    n = rows.size
    if n < MIN_ROWS or np.all(y[rows] == y[rows][0]):
        return me
    feats = rng.choice(P, mtry, replace=False) if mtry < P else np.arange(P)
    xs = x[np.ix_(rows, feats)]
    order = np.argsort(xs, axis=0, kind="stable")
    xs_sorted = np.take_along_axis(xs, order, axis=0)
    ys = y[rows][order]
    csum, csq = np.cumsum(ys, axis=0), np.cumsum(ys ** 2, axis=0)
    k = np.arange(1, n)[:, None]
    cost = (csq[:-1] - csum[:-1] ** 2 / k) + (csq[-1] - csq[:-1] - (csum[-1] - csum[:-1]) ** 2 / (n - k))
    cost[xs_sorted[1:] == xs_sorted[:-1]] = np.inf
    if not np.isfinite(cost).any():
        return me
    i, j = np.unravel_index(np.argmin(cost), cost.shape)
    thr = (xs_sorted[i, j] + xs_sorted[i + 1, j]) / 2
    f = int(feats[j])
    used[f] += 1
    go_left = x[rows, f] <= thr
    left = _grow(x, y, rows[go_left], mtry, rng, nodes, used)
    right = _grow(x, y, rows[~go_left], mtry, rng, nodes, used)
    nodes[me][:4] = [f, thr, left, right]
    return me


def _predict(nodes, x):
    nodes = np.array(nodes)
    at = np.zeros(len(x), dtype=int)
    while True:
        feat = nodes[at, 0].astype(int)
        inner = feat >= 0
        if not inner.any():
            return nodes[at, 4]
        go_left = x[np.arange(len(x)), np.maximum(feat, 0)] <= nodes[at, 1]
        nxt = np.where(go_left, nodes[at, 2], nodes[at, 3]).astype(int)
        at = np.where(inner, nxt, at)


def _forest(x, y, xt, yt, mtry, bags, seed):
    rng = np.random.default_rng(seed)
    used = np.zeros(P)
    preds = []
    for idx in bags:
        nodes = []
        _grow(x[idx], y[idx], np.arange(len(idx)), mtry, rng, nodes, used)
        preds.append(_predict(nodes, xt))
    preds = np.array(preds)
    err = preds - yt
    corr = np.corrcoef(err)
    pair = corr[np.triu_indices(len(bags), 1)].mean()
    return {"corr": float(pair), "tree_mse": float(np.mean(err ** 2)),
            "forest_mse": float(np.mean((preds.mean(axis=0) - yt) ** 2)), "used": used}


def prove():
    rng = np.random.default_rng(6)
    x, y = _data(rng, 200)
    xt, yt = _data(rng, 2000)
    bags = [rng.integers(0, len(y), len(y)) for _ in range(30)]
    full, sub = _forest(x, y, xt, yt, P, bags, 1), _forest(x, y, xt, yt, 3, bags, 1)
    gain = lambda f: f["forest_mse"] / f["tree_mse"]  # what is left after averaging
    claims = {
        "a": sub["corr"] < full["corr"] - 0.03 and sub["tree_mse"] > full["tree_mse"]
        and gain(sub) < gain(full),
        "b": sub["tree_mse"] < full["tree_mse"],
        "c": abs(sub["corr"] - full["corr"]) < 0.03,
        "d": sub["used"].max() < 1.5 * sub["used"].min(),
    }
    return [k for k, v in claims.items() if v]
