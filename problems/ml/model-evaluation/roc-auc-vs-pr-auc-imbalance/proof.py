"""ROC-AUC and PR-AUC of one scorer on a balanced and a 1-in-200 test set.

Scores: positives ~ N(1.8, 1), negatives ~ N(0, 1), the same distributions on both test sets.
Balanced set: 5,000 + 5,000. Imbalanced set: 1,000 positives + 199,000 negatives. ROC-AUC by the
rank (Mann-Whitney) formula, PR-AUC as average precision (precision averaged over the positives'
ranks); a random scorer draws every score from U(0, 1).

- a: ROC-AUC changes by less than 0.01 between the two sets.
- b: PR-AUC falls by more than half.
- c: a random scorer's PR-AUC is 0.5 on both sets (within 0.02); false if not.
- d: on the imbalanced set, precision at 50% recall is above 0.5; false if not.
"""
import numpy as np


def _auc(score, y):
    ranks = np.empty(score.size)
    ranks[np.argsort(score)] = np.arange(1, score.size + 1)
    pos = y == 1
    npos, nneg = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - npos * (npos + 1) / 2) / (npos * nneg))


def _average_precision(score, y):
    order = np.argsort(-score)
    hits = y[order] == 1
    precision_at = np.cumsum(hits) / np.arange(1, score.size + 1)
    return float(precision_at[hits].mean())


def _precision_at_recall(score, y, recall):
    order = np.argsort(-score)
    hits = np.cumsum(y[order] == 1)
    k = int(np.searchsorted(hits, recall * hits[-1]))  # first rank reaching that recall
    return float(hits[k] / (k + 1))


def _sample(rng, npos, nneg):
    score = np.r_[rng.normal(1.8, 1, npos), rng.normal(0, 1, nneg)]
    return score, np.r_[np.ones(npos, int), np.zeros(nneg, int)]


def prove():
    rng = np.random.default_rng(14)
    bal, imb = _sample(rng, 5000, 5000), _sample(rng, 1000, 199_000)
    roc = (_auc(*bal), _auc(*imb))
    ap = (_average_precision(*bal), _average_precision(*imb))
    random_ap = [_average_precision(rng.random(y.size), y) for _, y in (bal, imb)]
    assert roc[0] > 0.85, roc
    claims = {
        "a": abs(roc[0] - roc[1]) < 0.01,
        "b": ap[1] < 0.5 * ap[0],
        "c": all(abs(v - 0.5) < 0.02 for v in random_ap),
        "d": _precision_at_recall(*imb, 0.5) > 0.5,
    }
    return sorted(k for k, v in claims.items() if v)
