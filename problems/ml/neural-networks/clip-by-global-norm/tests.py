"""Global-norm clipping cases: the examples, exactly at the limit, all zeros, one huge entry among
small ones, very small max_norm, ragged lists, seeded random gradient sets above and below the
limit; large sets of about 10^5 entries."""
import random


def _grads(rng, count, longest, scale):
    return [[round(rng.gauss(0, scale), 4) for _ in range(rng.randint(1, longest))] for _ in range(count)]


def cases():
    out = [
        {"args": [[[3.0, 0.0], [4.0]], 1.0], "sample": True},
        {"args": [[[0.3], [-0.4, 0.0, 0.0]], 2.0], "sample": True},
        {"args": [[[3.0], [4.0]], 5.0]},                          # exactly at the limit: unchanged
        {"args": [[[0.0, 0.0], [0.0]], 0.1]},                     # zero gradient
        {"args": [[[1000.0], [0.001, -0.001, 0.002]], 1.0]},      # one exploding entry
        {"args": [[[-1000.0] * 10], 1e-6]},                       # tiny limit
        {"args": [[[1.0], [1.0], [1.0], [1.0]], 1.0]},            # norm 2: halve
        {"args": [[[6.0, 8.0]], 10000.0]},                        # far below the limit
        {"args": [[[5.0, 0.0, 0.0, 0.0, 0.0], [0.0], [-12.0]], 6.5]},  # norm 13: halve
    ]
    rng = random.Random(6174)
    for index in range(10):
        grads = _grads(rng, rng.randint(1, 6), rng.randint(1, 10), rng.choice([0.1, 1.0, 50.0]))
        norm = sum(x * x for g in grads for x in g) ** 0.5
        factor = rng.choice([0.3, 0.9, 1.5, 4.0]) if index % 2 else rng.uniform(0.01, 0.99)
        max_norm = max(1e-3, round(norm * factor, 4))
        out.append({"args": [grads, max_norm]})
    out.append({"args": [_grads(rng, 100, 1000, 5.0), 10.0], "large": True})
    out.append({"args": [[[round(rng.uniform(-1000, 1000), 3) for _ in range(100_000)]], 10000.0], "large": True})
    out.append({"args": [_grads(rng, 20, 5000, 0.001), 50.0], "large": True})   # below the limit
    for case in out:
        grads, max_norm = case["args"]
        assert 1 <= len(grads) <= 100 and all(len(g) >= 1 for g in grads)
        assert sum(len(g) for g in grads) <= 10**5 and 0 < max_norm <= 10**4
        assert all(-1000 <= x <= 1000 for g in grads for x in g)
    return out
