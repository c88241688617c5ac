"""Connected components cases: n <= 2000 nodes, up to 5000 distinct undirected edges, no self-loops."""
import random

N_MAX = 2000
E_MAX = 5000


def _random_edges(rng, n, e):
    e = min(e, n * (n - 1) // 2)
    seen = set()
    out = []
    while len(out) < e:
        a, b = rng.sample(range(n), 2)
        key = (min(a, b), max(a, b))
        if key in seen:
            continue
        seen.add(key)
        out.append([a, b])
    return out


def _forest(rng, n, parts):
    """n nodes split into `parts` random trees (random labels)."""
    perm = list(range(n))
    rng.shuffle(perm)
    cuts = sorted(rng.sample(range(1, n), parts - 1)) if parts > 1 else []
    bounds = [0] + cuts + [n]
    edges = []
    for lo, hi in zip(bounds, bounds[1:]):
        for i in range(lo + 1, hi):
            edges.append([perm[i], perm[rng.randint(lo, i - 1)]])
    rng.shuffle(edges)
    return edges


def cases():
    out = [
        {"args": [6, [[0, 1], [1, 2], [3, 4]]], "expected": 3, "sample": True},
        {"args": [4, [[0, 1], [1, 2], [2, 3], [3, 0]]], "expected": 1, "sample": True},
        {"args": [3, []], "expected": 3, "sample": True},
        {"args": [1, []], "expected": 1},
        {"args": [2, [[1, 0]]], "expected": 1},
        {"args": [2, []], "expected": 2},
        {"args": [5, [[0, 1], [2, 3], [1, 2], [3, 4]]], "expected": 1},
        {"args": [5, [[4, 3], [2, 1]]], "expected": 3},
        {"args": [6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3]]], "expected": 2},  # two triangles
        {"args": [7, [[0, 6], [6, 3], [1, 5]]], "expected": 4},
        {"args": [4, [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]], "expected": 1},  # complete graph
        {"args": [5, [[3, 4]]], "expected": 4},
    ]
    rng = random.Random(323)
    for n, e in ((10, 5), (20, 15), (30, 40), (50, 30), (100, 80), (200, 150)):
        out.append({"args": [n, _random_edges(rng, n, e)]})
    for n, parts in ((40, 3), (150, 20)):
        out.append({"args": [n, _forest(rng, n, parts)]})
    chain = [[i, i + 1] for i in range(N_MAX - 1)]
    big = [
        [N_MAX, _random_edges(rng, N_MAX, E_MAX)],
        [N_MAX, _random_edges(rng, N_MAX, 1200)],
        [N_MAX, chain],
        [N_MAX, chain[::-1]],
        [N_MAX, _forest(rng, N_MAX, 37)],
        [N_MAX, []],
    ]
    out += [{"args": a, "large": True} for a in big]
    for case in out:
        n, edges = case["args"]
        assert 1 <= n <= N_MAX and len(edges) <= E_MAX
        assert len({(min(a, b), max(a, b)) for a, b in edges}) == len(edges)
        assert all(a != b and 0 <= a < n and 0 <= b < n for a, b in edges)
    return out
