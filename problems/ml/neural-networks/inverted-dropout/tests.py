"""Dropout cases: the examples, keep_prob 1 (identity), tiny keep_prob (almost everything dropped),
a single unit, one row and one column, seeded random activations with various shapes, keep
probabilities and seeds (including seeds near 2^31)."""
import random


def _acts(rng, n, d):
    return [[round(rng.uniform(-1000, 1000), 3) for _ in range(d)] for _ in range(n)]


def cases():
    out = [
        {"args": [[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 0.8, 42], "sample": True},
        {"args": [[[1.5, -2.0], [0.0, 8.0]], 1.0, 7], "sample": True},
        {"args": [[[3.0]], 0.5, 0]},
        {"args": [[[3.0]], 0.5, 1]},
        {"args": [[[1.0] * 20], 0.01, 123]},                        # nearly everything dropped
        {"args": [[[1.0] * 20], 0.99, 123]},                        # nearly everything kept
        {"args": [[[-1.0], [2.0], [-3.0], [4.0], [-5.0]], 0.3, 2**31 - 1]},
        {"args": [[[0.0, 0.0], [0.0, 0.0]], 0.5, 5]},               # zeros stay zeros
        {"args": [[[1000.0, -1000.0]], 0.25, 99]},
    ]
    rng = random.Random(4096)
    for _ in range(10):
        n, d = rng.randint(1, 8), rng.randint(1, 8)
        out.append({"args": [_acts(rng, n, d), rng.choice([0.1, 0.5, 0.75, 0.9, round(rng.uniform(0.05, 1), 4)]),
                             rng.randrange(2**31)]})
    out.append({"args": [_acts(rng, 1000, 200), 0.6, 2024], "large": True})
    out.append({"args": [_acts(rng, 200000, 1), 0.9, 31337], "large": True})
    for case in out:
        x, keep_prob, seed = case["args"]
        assert 1 <= len(x) * len(x[0]) <= 2 * 10**5 and all(len(r) == len(x[0]) for r in x)
        assert 0 < keep_prob <= 1 and 0 <= seed < 2**31
    return out
