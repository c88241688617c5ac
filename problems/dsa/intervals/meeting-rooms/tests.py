"""Meeting Rooms cases; the all-pairs brute runs on the small cases. Large "true" cases (no clash)
make an all-pairs scan do all n^2 / 2 comparisons."""
import random

N_MAX = 10**4
T_MAX = 10**6


def _disjoint(rng, n, touching):
    """n non-overlapping meetings in shuffled order; with touching, some end exactly where the next starts."""
    cuts = sorted(rng.sample(range(T_MAX + 1), 2 * n))
    ivs = []
    for k in range(n):
        s, e = cuts[2 * k], cuts[2 * k + 1]
        if touching and k + 1 < n and rng.random() < 0.5:
            e = cuts[2 * k + 2]
        ivs.append([s, e])
    rng.shuffle(ivs)
    return ivs


def cases():
    out = [
        {"args": [[[9, 12], [13, 15], [12, 13]]], "expected": True, "sample": True},
        {"args": [[[2, 8], [10, 11], [7, 9]]], "expected": False, "sample": True},
        {"args": [[]], "expected": True, "sample": True},
        # hand-picked edges
        {"args": [[[0, 1]]], "expected": True},
        {"args": [[[0, T_MAX]]], "expected": True},
        {"args": [[[1, 5], [1, 5]]], "expected": False},          # identical meetings
        {"args": [[[1, 5], [5, 10]]], "expected": True},          # back to back
        {"args": [[[5, 10], [1, 5]]], "expected": True},
        {"args": [[[1, 10], [3, 4]]], "expected": False},         # nested
        {"args": [[[1, 2], [5, 6], [3, 4], [0, 7]]], "expected": False},   # clash not between input neighbours
        {"args": [[[0, 30], [5, 10], [15, 20]]], "expected": False},
        {"args": [[[7, 10], [2, 4]]], "expected": True},
        {"args": [[[1, 3], [2, 3]]], "expected": False},          # same end
    ]
    rng = random.Random(252)
    for _ in range(10):  # small random, brute-checked
        n = rng.randint(0, 12)
        if rng.random() < 0.5:
            out.append({"args": [_disjoint(rng, n, True)]})
        else:
            ivs = []
            for _ in range(n):
                s = rng.randint(0, 60)
                ivs.append([s, s + rng.randint(1, 10)])
            out.append({"args": [ivs]})
    # maximum size
    out.append({"args": [_disjoint(rng, N_MAX, False)], "expected": True, "large": True})
    out.append({"args": [_disjoint(rng, N_MAX, True)], "expected": True, "large": True})
    chain = [[100 * k, 100 * (k + 1)] for k in range(N_MAX)]
    rng.shuffle(chain)
    out.append({"args": [chain], "expected": True, "large": True})
    clash = _disjoint(rng, N_MAX - 1, False)
    s, e = clash[rng.randrange(N_MAX - 1)]
    clash.append([e - 1, e])  # one short meeting inside another, added last
    out.append({"args": [clash], "expected": False, "large": True})
    out.append({"args": [[[0, T_MAX]] * N_MAX], "expected": False, "large": True})
    for case in out:
        ivs = case["args"][0]
        assert 0 <= len(ivs) <= N_MAX and all(0 <= s < e <= T_MAX for s, e in ivs)
        if not case.get("large"):
            assert len(ivs) <= 12
    return out
