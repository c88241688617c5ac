"""Graph Valid Tree cases: n <= 2000 nodes, up to 5000 distinct undirected edges, no self-loops."""
import random

N_MAX = 2000
E_MAX = 5000


def _tree(rng, n):
    perm = list(range(n))
    rng.shuffle(perm)
    edges = [[perm[i], perm[rng.randrange(i)]] for i in range(1, n)]
    for e in edges:
        if rng.random() < 0.5:
            e.reverse()
    rng.shuffle(edges)
    return edges


def _tree_plus_edge(rng, n):
    """n - 1 + 1 edges: a spanning tree with one extra edge (cycle)."""
    edges = _tree(rng, n)
    have = {(min(a, b), max(a, b)) for a, b in edges}
    while True:
        a, b = rng.sample(range(n), 2)
        if (min(a, b), max(a, b)) not in have:
            edges.append([a, b])
            rng.shuffle(edges)
            return edges


def _cycle_and_isolated(rng, n):
    """Exactly n - 1 edges that contain a cycle, so one node is left disconnected: a tree on n - 1
    nodes plus one extra edge, relabelled at random (the isolated node is anywhere)."""
    edges = _tree(rng, n - 1)
    have = {(min(a, b), max(a, b)) for a, b in edges}
    while True:
        a, b = rng.sample(range(n - 1), 2)
        if (min(a, b), max(a, b)) not in have:
            edges.append([a, b])
            break
    perm = list(range(n))
    rng.shuffle(perm)
    edges = [[perm[a], perm[b]] for a, b in edges]
    rng.shuffle(edges)
    return edges


def cases():
    out = [
        {"args": [5, [[0, 1], [0, 2], [2, 3], [2, 4]]], "expected": True, "sample": True},
        {"args": [4, [[0, 1], [1, 2], [2, 0]]], "expected": False, "sample": True},
        {"args": [1, []], "expected": True, "sample": True},
        {"args": [2, []], "expected": False},                          # disconnected
        {"args": [2, [[1, 0]]], "expected": True},
        {"args": [3, [[0, 1]]], "expected": False},                    # too few edges
        {"args": [4, [[0, 1], [2, 3], [1, 2]]], "expected": True},      # path in scrambled order
        {"args": [4, [[0, 1], [1, 2], [2, 0], [0, 3]]], "expected": False},  # too many edges
        {"args": [5, [[0, 1], [1, 2], [2, 0], [3, 4]]], "expected": False},  # n-1 edges with a cycle
        {"args": [6, [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]]], "expected": True},  # star
        {"args": [4, [[1, 2], [2, 3], [3, 1]]], "expected": False},     # node 0 isolated, n-1 edges
        {"args": [3, [[2, 1], [1, 0]]], "expected": True},
    ]
    rng = random.Random(261)
    for n in (7, 12, 25, 60, 150, 400):
        out.append({"args": [n, _tree(rng, n)]})
        out.append({"args": [n, _tree_plus_edge(rng, n)]})
        out.append({"args": [n, _cycle_and_isolated(rng, n)]})
    chain = [[i, i + 1] for i in range(N_MAX - 1)]
    big = [
        [N_MAX, _tree(rng, N_MAX)],
        [N_MAX, chain],
        [N_MAX, _cycle_and_isolated(rng, N_MAX)],
        [N_MAX, _tree_plus_edge(rng, N_MAX)],
        [N_MAX, chain[:-1] + [[0, N_MAX - 2]]],  # ring on 0..n-2, node n-1 isolated
        [N_MAX, _tree(rng, N_MAX)],
    ]
    out += [{"args": a, "large": True} for a in big]
    for case in out:
        n, edges = case["args"]
        assert 1 <= n <= N_MAX and len(edges) <= E_MAX
        assert len({(min(a, b), max(a, b)) for a, b in edges}) == len(edges)
        assert all(a != b and 0 <= a < n and 0 <= b < n for a, b in edges)
    return out
