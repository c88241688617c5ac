"""Min Cost to Connect All Points cases: 1..1000 distinct points with coordinates in [-1e6, 1e6]."""
import random

N_MAX = 1000
C = 10**6


def _points(rng, n, lo=-C, hi=C):
    seen = set()
    while len(seen) < n:
        seen.add((rng.randint(lo, hi), rng.randint(lo, hi)))
    pts = [list(p) for p in seen]
    rng.shuffle(pts)
    return pts


def _clusters(rng, n, k, spread):
    """k tight clusters far apart: nearest-neighbour links alone leave them disconnected."""
    centres = _points(rng, k, -C + spread, C - spread)
    seen = set()
    while len(seen) < n:
        cx, cy = centres[len(seen) % k]
        seen.add((cx + rng.randint(-spread, spread), cy + rng.randint(-spread, spread)))
    pts = [list(p) for p in seen]
    rng.shuffle(pts)
    return pts


def cases():
    out = [
        # statement examples
        {"args": [[[0, 0], [3, 1], [1, 4], [5, 5]]], "expected": 14, "sample": True},
        {"args": [[[2, -3]]], "expected": 0, "sample": True},
        {"args": [[[-1, 0], [1, 0], [0, 5]]], "expected": 8, "sample": True},
        # hand-picked edges
        {"args": [[[C, C]]], "expected": 0},
        {"args": [[[-C, -C], [C, C]]], "expected": 4 * C},                  # extreme corners
        {"args": [[[0, 0], [0, 1]]], "expected": 1},
        {"args": [[[0, 0], [2, 0], [1, 1], [1, -1]]], "expected": 6},       # four equal distances
        {"args": [[[0, 0], [1, 0], [2, 0], [3, 0], [10, 0]]], "expected": 10},  # on a line
        {"args": [[[0, 0], [1, 1], [10, 10], [11, 11]]], "expected": 22},   # two pairs
        {"args": [[[3, 12], [-2, 5], [-4, 1], [-1, -9], [7, 3]]]},
        {"args": [[[x, y] for x in range(-C, C + 1, C) for y in range(-C, C + 1, C)]],
         "expected": 8 * C},                                                # 3 x 3 lattice
    ]
    rng = random.Random(1584)
    for n, lo, hi in ((3, -5, 5), (6, -10, 10), (10, -C, C), (20, 0, 30), (40, -1000, 1000),
                      (80, -C, C), (150, -50, 50), (300, -C, C)):
        out.append({"args": [_points(rng, n, lo, hi)]})
    out.append({"args": [_clusters(rng, 60, 4, 10)]})
    out.append({"args": [[[i, (i * i) % 7] for i in range(200)]]})

    # maximum size: 1000 points (about 500,000 pairs)
    out.append({"args": [_points(rng, N_MAX)], "large": True})
    out.append({"args": [_points(rng, N_MAX, -20, 20)], "large": True})       # dense: many ties
    out.append({"args": [_clusters(rng, N_MAX, 10, 1000)], "large": True})
    out.append({"args": [[[i * 2000 - C, (-1) ** i * C] for i in range(N_MAX)]], "large": True})

    for case in out:
        (points,) = case["args"]
        assert 1 <= len(points) <= N_MAX and len({tuple(p) for p in points}) == len(points)
        assert all(len(p) == 2 and -C <= p[0] <= C and -C <= p[1] <= C for p in points)
    return out
