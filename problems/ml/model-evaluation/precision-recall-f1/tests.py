"""Precision/recall/F1 cases: the examples, every undefined ratio, perfect and hopeless models,
seeded random label vectors (a noisy copy of the truth) with several classes."""
import random


def _noisy(rng, n, classes, accuracy):
    truth = [rng.randrange(classes) for _ in range(n)]
    pred = [t if rng.random() < accuracy else rng.randrange(classes) for t in truth]
    return truth, pred


def cases():
    out = [
        {"args": [[1, 0, 1, 1, 0, 2], [1, 1, 0, 1, 0, 1], 1], "sample": True},
        {"args": [[0, 0, 2], [0, 2, 0], 1], "sample": True},
        {"args": [[3], [3], 3]},                         # one perfect hit
        {"args": [[3], [4], 3]},                         # missed: recall 0, precision undefined
        {"args": [[4], [3], 3]},                         # false alarm: precision 0, recall undefined
        {"args": [[1, 1, 1, 1], [0, 0, 0, 0], 1]},       # never predicted: precision undefined
        {"args": [[0, 0, 0, 0], [1, 1, 0, 1], 1]},       # never occurs: recall undefined
        {"args": [[0, 1, 0, 1], [1, 0, 1, 0], 1]},       # all wrong: p = r = 0, F1 0
        {"args": [[2, 2, 5, 5, 7], [2, 2, 5, 5, 7], 5]}, # perfect
        {"args": [[1, 1, 1, 0, 0], [1, 1, 1, 1, 1], 1]}, # predicts everything positive: recall 1
        {"args": [[1, 1, 1, 0, 0], [1, 0, 0, 0, 0], 1]}, # cautious: precision 1
        {"args": [[0, 1, 0, 1, 0], [0, 1, 0, 1, 0], 0]}, # positive class 0
        {"args": [[20, 19, 20], [20, 20, 19], 20]},
    ]
    rng = random.Random(2024)
    for _ in range(10):
        n = rng.randint(1, 60)
        classes = rng.randint(2, 6)
        truth, pred = _noisy(rng, n, classes, rng.random())
        out.append({"args": [truth, pred, rng.randrange(classes)]})
    for n, classes, acc in ((100_000, 3, 0.8), (100_000, 21, 0.5), (50_000, 2, 0.95)):
        truth, pred = _noisy(rng, n, classes, acc)
        out.append({"args": [truth, pred, rng.randrange(classes)], "large": True})
    for case in out:
        y_true, y_pred, positive = case["args"]
        assert 1 <= len(y_true) == len(y_pred) <= 10**5
        assert all(0 <= v <= 20 for v in y_true + y_pred + [positive])
    return out
