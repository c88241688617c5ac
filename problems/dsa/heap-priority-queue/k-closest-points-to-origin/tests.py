"""K Closest Points cases. The answer is always unique: when k < n, the k-th smallest squared
distance is strictly less than the (k+1)-th, so no tie sits on the boundary."""
import random

V = 10**4
N_MAX = 10**4


def _d(p):
    return p[0] * p[0] + p[1] * p[1]


def _random(rng, n, lo, hi, k=None, large=False):
    """Random points; k is moved to the nearest position where the boundary is tie-free."""
    pts = [[rng.randint(lo, hi), rng.randint(lo, hi)] for _ in range(n)]
    ds = sorted(_d(p) for p in pts)
    if k is None:
        k = rng.randint(1, n)
    while k < n and ds[k - 1] == ds[k]:
        k += 1
    case = {"args": [pts, k]}
    if large:
        case["large"] = True
    return case


def cases():
    out = [
        # statement examples
        {"args": [[[3, 4], [-1, 2], [6, 0], [0, -2]], 2], "expected": [[-1, 2], [0, -2]], "sample": True},
        {"args": [[[5, -5], [2, 7]], 1], "expected": [[5, -5]], "sample": True},
        {"args": [[[1, 1], [-3, 0], [2, 2]], 3], "expected": [[1, 1], [-3, 0], [2, 2]], "sample": True},
        # hand-picked edges
        {"args": [[[0, 0]], 1], "expected": [[0, 0]]},                      # smallest input
        {"args": [[[V, V], [-V, -V + 1]], 1], "expected": [[-V, -V + 1]]},   # extremes
        {"args": [[[V, V], [-V, -V]], 2], "expected": [[V, V], [-V, -V]]},   # k = n with a tie
        {"args": [[[2, 0], [0, 2], [-2, 0], [0, -2], [1, 1]], 1], "expected": [[1, 1]]},
        {"args": [[[2, 0], [0, 2], [-2, 0], [0, -2], [3, 0]], 4],            # tie inside the answer
         "expected": [[2, 0], [0, 2], [-2, 0], [0, -2]]},
        {"args": [[[1, 2], [1, 2], [5, 5]], 2], "expected": [[1, 2], [1, 2]]},  # duplicate points
        {"args": [[[3, 0], [0, 4], [2, 2]], 2], "expected": [[3, 0], [2, 2]]},  # squared distances 9, 16, 8
        {"args": [[[5, 0], [3, 3], [4, 1]], 1], "expected": [[4, 1]]},          # 17 < 18 < 25
        {"args": [[[3, 3], [0, 5]], 1], "expected": [[3, 3]]},                  # Manhattan picks [0,5]
    ]
    rng = random.Random(973)
    for n, lo, hi in ((3, -3, 3), (6, -5, 5), (10, -10, 10), (25, -V, V), (60, -20, 20), (200, -V, V),
                      (1000, -100, 100), (3000, -V, V)):
        out.append(_random(rng, n, lo, hi))
    # maximum size
    out.append(_random(rng, N_MAX, -V, V, k=N_MAX // 2, large=True))
    out.append(_random(rng, N_MAX, -V, V, k=4000, large=True))
    out.append(_random(rng, N_MAX, -1000, 1000, k=7000, large=True))
    out.append(_random(rng, N_MAX, -V, V, k=1, large=True))
    out.append(_random(rng, N_MAX, -V, V, k=N_MAX, large=True))
    for case in out:
        pts, k = case["args"]
        assert 1 <= k <= len(pts) <= N_MAX
        assert all(-V <= c <= V for p in pts for c in p)
        ds = sorted(_d(p) for p in pts)
        assert k == len(pts) or ds[k - 1] < ds[k]
    return out
