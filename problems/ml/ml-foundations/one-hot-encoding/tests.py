"""One-hot cases: the samples, one class, a single label, highest class absent, every class once,
and seeded random label vectors (two of them large)."""
import random


def cases():
    out = [
        {"args": [[0, 2, 1, 2], 3], "sample": True},
        {"args": [[1, 1], 4], "sample": True},
        {"args": [[0], 1]},
        {"args": [[0, 0, 0], 1]},
        {"args": [[4], 5]},
        {"args": [[0, 1, 2, 3, 4], 5]},
        {"args": [[4, 3, 2, 1, 0], 5]},
        {"args": [[0, 0, 1], 7]},
        {"args": [[99, 0, 50], 100]},
        {"args": [[2, 2], 3]},
        {"args": [[1, 0], 2]},
    ]
    rng = random.Random(808)
    for _ in range(6):
        k = rng.randint(1, 12)
        out.append({"args": [[rng.randrange(k) for _ in range(rng.randint(1, 25))], k]})
    out.append({"args": [[rng.randrange(10) for _ in range(10_000)], 10], "large": True})
    out.append({"args": [[rng.randrange(60) for _ in range(1000)], 100], "large": True})
    for case in out:
        labels, k = case["args"]
        assert 1 <= len(labels) <= 10**4 and 1 <= k <= 100 and len(labels) * k <= 10**5
        assert all(0 <= c < k for c in labels)
    return out
