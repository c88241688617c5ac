"""Simulate the loan data, including a feature recorded after the outcome, and find the culprit.

Applicants have standardised income, debt-to-income and age; default depends weakly on income and
debt-to-income. late_fees_total is read from today's warehouse: loans that defaulted ran up late
fees, so it is a consequence of the label. At application time (production) no loan has any late
fees yet, so the column is 0 for every new applicant.

A logistic regression (gradient descent) is trained on the historical table. For each candidate
feature we drop it, retrain, and measure the gap between validation ROC-AUC (historical rows) and
production ROC-AUC (new applicants, late fees 0). The culprit is the feature whose removal closes
the gap; the others leave it wide open.
"""
import numpy as np

NAMES = {"a": 0, "b": 1, "c": 2, "d": 3}  # income, debt_to_income, late_fees_total, age


def _population(rng, n, at_application):
    income, dti, age = rng.normal(size=(3, n))
    p = 1 / (1 + np.exp(-(-2.0 - 0.8 * income + 0.9 * dti)))
    default = (rng.random(n) < p).astype(float)
    fees = default * rng.gamma(3.0, 1.0, n) + (1 - default) * rng.exponential(0.1, n)
    if at_application:
        fees = np.zeros(n)
    return np.column_stack([income, dti, fees, age]), default


def _fit(x, y, steps=600, lr=1.0):
    xb = np.column_stack([np.ones(len(x)), x])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
        w -= lr * xb.T @ (p - y) / len(y)
    return w


def _auc(score, y):
    ranks = np.empty(len(score))
    ranks[np.argsort(score)] = np.arange(1, len(score) + 1)
    pos = y == 1
    return (ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum())


def _gap(keep, hist, val, prod):
    w = _fit(hist[0][:, keep], hist[1])
    score = lambda x: np.column_stack([np.ones(len(x)), x[:, keep]]) @ w
    return _auc(score(val[0]), val[1]), _auc(score(prod[0]), prod[1])


def prove():
    rng = np.random.default_rng(8)
    hist = _population(rng, 2000, False)
    val = _population(rng, 2000, False)
    prod = _population(rng, 2000, True)
    all_cols = [0, 1, 2, 3]
    v_all, p_all = _gap(all_cols, hist, val, prod)
    assert v_all > 0.95 and p_all < 0.8, (v_all, p_all)  # the statement's symptom
    gaps = {}
    for key, col in NAMES.items():
        v, p = _gap([c for c in all_cols if c != col], hist, val, prod)
        gaps[key] = v - p
    culprit = min(gaps, key=gaps.get)
    assert gaps[culprit] < 0.03 and all(g > 0.15 for k, g in gaps.items() if k != culprit), gaps
    return [culprit]
