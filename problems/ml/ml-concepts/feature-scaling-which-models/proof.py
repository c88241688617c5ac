"""Raw versus standardised features for four learners, on one seeded dataset.

Features: income in dollars (uniform 20,000..200,000, unrelated to the class) and a score in
[0, 1]; the class is 1 when score + noise > 0.5. A regression target for the linear models is
t = 3*score + 0.000002*income + noise.

- a: 5-nearest-neighbour test accuracy, standardised minus raw, is large (> 0.15).
- b: a depth-2 classification tree (Gini, thresholds at midpoints) predicts the same test labels
  from raw and from standardised features; the claim (scaling changes it) is then false.
- c: batch gradient descent on squared loss with step 1/L (L = largest Hessian eigenvalue, the
  largest safe step) reaches 1e-6 relative excess loss in far fewer iterations when standardised.
- d: exact least squares with an intercept gives the same test predictions on both; claim false.
"""
import numpy as np


def _data(rng, n):
    income = rng.uniform(20_000, 200_000, n)
    score = rng.uniform(0, 1, n)
    label = (score + rng.normal(0, 0.1, n) > 0.5).astype(int)
    target = 3 * score + 0.000002 * income + rng.normal(0, 0.1, n)
    return np.column_stack([income, score]), label, target


def _knn(xtr, ytr, xte, k=5):
    d = ((xte[:, None, :] - xtr[None, :, :]) ** 2).sum(axis=2)
    return (ytr[np.argsort(d, axis=1, kind="stable")[:, :k]].mean(axis=1) > 0.5).astype(int)


def _gini_split(x, y):
    """Best (feature, threshold) by total Gini impurity; thresholds at midpoints of sorted values."""
    best = (np.inf, None, None)
    n = y.size
    for j in range(x.shape[1]):
        order = np.argsort(x[:, j], kind="stable")
        xs, ys = x[order, j], y[order]
        left_n = np.arange(1, n)
        left_pos = np.cumsum(ys)[:-1]
        right_n, right_pos = n - left_n, ys.sum() - left_pos
        cost = (2 * left_pos * (1 - left_pos / left_n) + 2 * right_pos * (1 - right_pos / right_n))
        cost[xs[1:] == xs[:-1]] = np.inf  # no threshold between equal values
        i = int(np.argmin(cost))
        if cost[i] < best[0]:
            best = (cost[i], j, (xs[i] + xs[i + 1]) / 2)
    return best[1], best[2]


def _tree(x, y, depth):
    if depth == 0 or y.min() == y.max():
        return int(round(y.mean()))
    j, thr = _gini_split(x, y)
    if j is None:
        return int(round(y.mean()))
    left = x[:, j] <= thr
    return (j, thr, _tree(x[left], y[left], depth - 1), _tree(x[~left], y[~left], depth - 1))


def _predict_tree(node, row):
    while not isinstance(node, int):
        j, thr, left, right = node
        node = left if row[j] <= thr else right
    return node


def _gd_iterations(x, t, cap=5_000):
    a = np.column_stack([np.ones(len(x)), x])
    w_opt, *_ = np.linalg.lstsq(a, t, rcond=None)
    best = np.mean((a @ w_opt - t) ** 2)
    hessian = 2 * a.T @ a / len(t)
    step = 1 / np.linalg.eigvalsh(hessian).max()
    w = np.zeros(a.shape[1])
    for i in range(1, cap + 1):
        w -= step * 2 * a.T @ (a @ w - t) / len(t)
        if np.mean((a @ w - t) ** 2) - best <= 1e-6 * best:
            return i
    return cap + 1  # did not converge within the cap


def _ols(xtr, t, xte):
    a = np.column_stack([np.ones(len(xtr)), xtr])
    w, *_ = np.linalg.lstsq(a, t, rcond=None)
    return np.column_stack([np.ones(len(xte)), xte]) @ w


def prove():
    rng = np.random.default_rng(9)
    xtr, ytr, ttr = _data(rng, 300)
    xte, yte, _ = _data(rng, 500)
    mu, sd = xtr.mean(axis=0), xtr.std(axis=0)
    str_, ste = (xtr - mu) / sd, (xte - mu) / sd
    acc_raw = np.mean(_knn(xtr, ytr, xte) == yte)
    acc_std = np.mean(_knn(str_, ytr, ste) == yte)
    tree_raw, tree_std = _tree(xtr, ytr, 2), _tree(str_, ytr, 2)
    same_tree = all(_predict_tree(tree_raw, r) == _predict_tree(tree_std, s) for r, s in zip(xte, ste))
    it_raw, it_std = _gd_iterations(xtr, ttr), _gd_iterations(str_, ttr)
    same_ols = np.allclose(_ols(xtr, ttr, xte), _ols(str_, ttr, ste), rtol=0, atol=1e-6)
    claims = {
        "a": acc_std - acc_raw > 0.15,
        "b": not same_tree,
        "c": it_std < 200 and it_raw > 50 * it_std,
        "d": not same_ols,
    }
    return sorted(k for k, v in claims.items() if v)
