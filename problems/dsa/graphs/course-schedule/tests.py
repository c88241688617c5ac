"""Course Schedule cases: numCourses <= 2000, up to 5000 distinct pairs [a, b], a != b."""
import random

N_MAX = 2000
E_MAX = 5000


def _dag(rng, n, e):
    """Random DAG: edges go from earlier to later in a random permutation."""
    perm = list(range(n))
    rng.shuffle(perm)
    edges = set()
    e = min(e, n * (n - 1) // 2)
    while len(edges) < e:
        i, j = rng.sample(range(n), 2)
        if i > j:
            i, j = j, i
        edges.add((perm[j], perm[i]))  # course perm[j] needs perm[i]
    out = [list(p) for p in edges]
    rng.shuffle(out)
    return out


def _with_cycle(rng, n, e, length):
    pairs = _dag(rng, n, e - length)
    have = {tuple(p) for p in pairs}
    nodes = rng.sample(range(n), length)
    for k in range(length):
        p = (nodes[(k + 1) % length], nodes[k])
        if p not in have:
            have.add(p)
            pairs.append(list(p))
    rng.shuffle(pairs)
    return pairs


def cases():
    out = [
        {"args": [3, [[2, 0], [1, 2]]], "expected": True, "sample": True},
        {"args": [3, [[1, 0], [2, 1], [0, 2]]], "expected": False, "sample": True},
        {"args": [4, []], "expected": True, "sample": True},
        {"args": [1, []], "expected": True},
        {"args": [2, [[1, 0]]], "expected": True},
        {"args": [2, [[1, 0], [0, 1]]], "expected": False},           # 2-cycle
        {"args": [5, [[1, 0], [2, 0], [3, 1], [3, 2], [4, 3]]], "expected": True},  # diamond
        {"args": [4, [[1, 0], [2, 1], [3, 2], [1, 3]]], "expected": False},          # cycle not through 0
        {"args": [6, [[1, 0], [2, 1], [4, 3], [5, 4], [3, 5]]], "expected": False},  # cycle in 2nd component
        {"args": [3, [[0, 1], [0, 2], [1, 2]]], "expected": True},
        {"args": [4, [[0, 1], [1, 2], [2, 3]]], "expected": True},      # chain written backwards
        {"args": [5, [[0, 4], [4, 3], [3, 2], [2, 1], [1, 4]]], "expected": False},
    ]
    rng = random.Random(207)
    for n, e in ((5, 6), (8, 12), (10, 20), (30, 60), (50, 100), (100, 300)):
        out.append({"args": [n, _dag(rng, n, e)]})
        out.append({"args": [n, _with_cycle(rng, n, e, rng.randint(2, min(n, 6)))]})
    chain = [[i + 1, i] for i in range(N_MAX - 1)]
    rng.shuffle(chain)
    big = [
        [N_MAX, _dag(rng, N_MAX, E_MAX)],
        [N_MAX, _with_cycle(rng, N_MAX, E_MAX, 3)],
        [N_MAX, _with_cycle(rng, N_MAX, E_MAX, 500)],
        [N_MAX, chain],
        [N_MAX, chain + [[0, N_MAX - 1]]],  # one huge cycle
        [N_MAX, _dag(rng, N_MAX, E_MAX)],
        [N_MAX, _dag(rng, N_MAX, E_MAX // 2)],
        [N_MAX, _with_cycle(rng, N_MAX, E_MAX, 2)],
    ]
    out += [{"args": a, "large": True} for a in big]
    for case in out:
        n, pairs = case["args"]
        assert 1 <= n <= N_MAX and len(pairs) <= E_MAX
        assert len({tuple(p) for p in pairs}) == len(pairs)
        assert all(a != b and 0 <= a < n and 0 <= b < n for a, b in pairs)
    return out
