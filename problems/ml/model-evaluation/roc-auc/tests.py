"""ROC AUC cases: perfect, reversed and all-tied rankings, heavy ties, one positive or one negative,
seeded random scores (continuous and coarsely rounded so that ties are common)."""
import random


def _sample(rng, n, separation, decimals):
    labels = [rng.randint(0, 1) for _ in range(n)]
    labels[0], labels[-1] = 0, 1  # both classes present
    scores = [round(rng.gauss(separation * y, 1.0), decimals) for y in labels]
    return scores, labels


def cases():
    out = [
        {"args": [[0.9, 0.4, 0.65, 0.1], [1, 0, 1, 0]], "sample": True},
        {"args": [[0.3, 0.8, 0.3, 0.5, 0.2], [1, 1, 0, 0, 0]], "sample": True},
        {"args": [[1.0, 0.0], [1, 0]]},
        {"args": [[1.0, 0.0], [0, 1]]},                            # perfectly reversed
        {"args": [[0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0]]},            # every pair tied: 0.5
        {"args": [[2.0, 2.0, 1.0, 1.0, 3.0], [0, 1, 1, 0, 0]]},    # two tie groups
        {"args": [[-5.0, 7.0, 7.0, 7.0, -1e6, 1e6], [1, 0, 0, 0, 0, 0]]},  # one positive
        {"args": [[4.0, 4.0, 4.0, 2.0], [1, 1, 1, 0]]},            # one negative
        {"args": [[0.0, -0.0, 1.0], [1, 0, 1]]},                   # 0.0 and -0.0 are equal
        {"args": [[3.0, 1.0, 2.0, 1.0, 3.0, 2.0], [0, 1, 1, 0, 1, 0]]},
    ]
    rng = random.Random(4242)
    for _ in range(10):
        n = rng.randint(2, 40)
        out.append({"args": list(_sample(rng, n, rng.uniform(-1, 3), rng.choice([0, 1, 6])))})
    out.append({"args": list(_sample(rng, 100_000, 1.0, 6)), "large": True})
    out.append({"args": list(_sample(rng, 100_000, 0.5, 1)), "large": True})   # many ties
    out.append({"args": [[float(rng.randint(0, 3)) for _ in range(60_000)],
                         [0] * 30_000 + [1] * 30_000], "large": True})
    for case in out:
        scores, labels = case["args"]
        assert 2 <= len(scores) == len(labels) <= 10**5
        assert set(labels) == {0, 1} and all(-1e6 <= s <= 1e6 for s in scores)
    return out
