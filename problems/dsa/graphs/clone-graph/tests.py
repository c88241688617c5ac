"""Clone Graph cases: connected undirected graphs as 1-based adjacency lists (codec "graph")."""
import random

N_MAX = 100


def _adjacency(n, edges, rng=None):
    """Undirected edges (1-based) -> adjacency lists; neighbour order shuffled when rng is given."""
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a - 1].append(b)
        adj[b - 1].append(a)
    if rng is not None:
        for lst in adj:
            rng.shuffle(lst)
    return adj


def _random_connected(rng, n, extra):
    """A random spanning tree plus up to `extra` further edges, labels shuffled."""
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    edges = set()
    for i in range(1, n):
        a, b = labels[i], labels[rng.randrange(i)]
        edges.add((min(a, b), max(a, b)))
    possible = n * (n - 1) // 2
    target = min(possible, len(edges) + extra)
    while len(edges) < target:
        a, b = rng.sample(range(1, n + 1), 2)
        edges.add((min(a, b), max(a, b)))
    return _adjacency(n, sorted(edges), rng)


def _connected(adj):
    if not adj:
        return True
    seen, stack = {1}, [1]
    while stack:
        for nb in adj[stack.pop() - 1]:
            if nb not in seen:
                seen.add(nb)
                stack.append(nb)
    return len(seen) == len(adj)


def cases():
    n = N_MAX
    out = [
        # statement examples
        {"args": [[[2, 3], [1, 3], [1, 2, 4], [3]]], "expected": [[2, 3], [1, 3], [1, 2, 4], [3]],
         "sample": True},
        {"args": [[[]]], "expected": [[]], "sample": True},
        {"args": [[]], "expected": [], "sample": True},
        # hand-picked edges
        {"args": [[[2], [1]]], "expected": [[2], [1]]},                       # one edge
        {"args": [[[2, 4], [1, 3], [2, 4], [1, 3]]], "expected": [[2, 4], [1, 3], [2, 4], [1, 3]]},
        {"args": [[[3], [3], [1, 2]]], "expected": [[3], [3], [1, 2]]},       # start is a leaf
        {"args": [[[4, 3, 2], [1], [1], [1]]], "expected": [[4, 3, 2], [1], [1], [1]]},  # order kept
        {"args": [[[2, 3, 4, 5], [1, 3, 4, 5], [1, 2, 4, 5], [1, 2, 3, 5], [1, 2, 3, 4]]]},  # K5
        {"args": [_adjacency(n, [(i, i + 1) for i in range(1, n)])]},         # path of 100
        {"args": [_adjacency(n, [(i, i % n + 1) for i in range(1, n + 1)])]},  # cycle of 100
        {"args": [_adjacency(n, [(1, i) for i in range(2, n + 1)])]},         # star around node 1
        {"args": [_adjacency(n, [(min(i, 57), max(i, 57)) for i in range(1, n + 1) if i != 57])]},
    ]
    rng = random.Random(133)
    for size, extra in ((3, 1), (6, 0), (8, 5), (12, 10), (20, 3), (30, 40), (50, 100), (75, 20)):
        out.append({"args": [_random_connected(rng, size, extra)]})
    # maximum size: 100 nodes, from sparse to the complete graph (4,950 edges)
    for extra in (0, 300, 2000):
        out.append({"args": [_random_connected(rng, n, extra)], "large": True})
    out.append({"args": [_adjacency(n, [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)], rng)],
                "large": True})
    for case in out:
        (adj,) = case["args"]
        size = len(adj)
        assert 0 <= size <= N_MAX and _connected(adj)
        for i, lst in enumerate(adj, 1):
            assert len(set(lst)) == len(lst) and i not in lst
            assert all(1 <= j <= size and i in adj[j - 1] for j in lst)
    return out
