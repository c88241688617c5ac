"""Minimum Interval to Include Each Query cases; the brute (every query against every interval)
runs on the small cases. Only one case is at the full 10^5 + 10^5 size, to keep the input moderate."""
import random

N_MAX = 10**5
V = 10**7


def _ivs(rng, n, hi, max_len):
    out = []
    for _ in range(n):
        l = rng.randint(1, hi)
        out.append([l, min(hi, l + rng.randint(0, max_len))])
    return out


def _qs(rng, q, hi):
    return [rng.randint(1, hi) for _ in range(q)]


def cases():
    out = [
        {"args": [[[2, 9], [4, 5], [7, 7]], [5, 7, 1, 9]], "expected": [2, 1, -1, 8], "sample": True},
        {"args": [[[1, 4], [3, 8], [6, 6], [10, 12]], [3, 6, 9, 11, 2]], "expected": [4, 1, -1, 3, 4],
         "sample": True},
        {"args": [[[5, 5]], [5, 5, 6]], "expected": [1, 1, -1], "sample": True},
        # hand-picked edges
        {"args": [[[1, 1]], [1]], "expected": [1]},
        {"args": [[[1, 1]], [2]], "expected": [-1]},
        {"args": [[[1, V]], [1, V, V // 2]], "expected": [V, V, V]},
        {"args": [[[1, 10], [3, 4]], [2, 3, 4, 5, 10, 11]], "expected": [10, 2, 2, 10, 10, -1]},
        {"args": [[[3, 6], [3, 6], [3, 6]], [6, 2]], "expected": [4, -1]},
        {"args": [[[1, 4], [2, 4], [3, 6], [4, 4]], [2, 3, 4, 5]], "expected": [3, 3, 1, 4]},
        {"args": [[[2, 3], [2, 5], [1, 8], [20, 25]], [2, 19, 5, 22]], "expected": [2, -1, 4, 6]},
        {"args": [[[4, 9]], [9, 8, 7, 4, 3]], "expected": [6, 6, 6, 6, -1]},   # unsorted queries
        {"args": [[[10, 20], [1, 30]], [15, 25, 5]], "expected": [11, 30, 30]},
    ]
    rng = random.Random(1851)
    for _ in range(10):  # small random, brute-checked
        hi = rng.choice([10, 50, 1000])
        out.append({"args": [_ivs(rng, rng.randint(1, 30), hi, rng.choice([0, 5, hi])),
                             _qs(rng, rng.randint(1, 30), hi + 2)]})
    # large cases
    out.append({"args": [_ivs(rng, N_MAX, V, 1000), _qs(rng, N_MAX, V)], "large": True})
    out.append({"args": [_ivs(rng, 20000, V, V), _qs(rng, 20000, V)], "large": True})
    out.append({"args": [_ivs(rng, 20000, 5000, 50), _qs(rng, 20000, 5000)], "large": True})
    nested = [[k + 1, V - k] for k in range(20000)]
    rng.shuffle(nested)
    out.append({"args": [nested, _qs(rng, 20000, V)], "large": True})
    out.append({"args": [[[V // 2, V // 2]] * 20000, [V // 2] * 10000 + [1] * 10000], "large": True})
    for case in out:
        ivs, qs = case["args"]
        assert 1 <= len(ivs) <= N_MAX and 1 <= len(qs) <= N_MAX
        assert all(1 <= l <= r <= V for l, r in ivs) and all(1 <= q <= V for q in qs)
        if not case.get("large"):
            assert len(ivs) <= 30 and len(qs) <= 30
    return out
