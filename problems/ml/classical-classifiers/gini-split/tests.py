"""Gini split cases: pure and maximally mixed children, an empty child on either side, single
examples, sparse large label values, seeded random splits with skewed class mixes."""
import random


def _child(rng, size, classes, bias):
    weights = [bias ** c for c in range(len(classes))]
    return rng.choices(classes, weights=weights, k=size)


def cases():
    out = [
        {"args": [[0, 0, 0, 1], [1, 1]], "sample": True},
        {"args": [[2, 5, 7], []], "sample": True},
        {"args": [[], [4, 4, 9]]},                          # empty left
        {"args": [[3], []]},                                # a single example: 0
        {"args": [[1], [2]]},                               # two pure singletons: 0
        {"args": [[0, 0, 0], [1, 1, 1]]},                   # perfect split
        {"args": [[0, 1], [0, 1]]},                         # useless split: 0.5
        {"args": [[0, 1, 2, 3], [0, 1, 2, 3, 4, 5, 6, 7]]},
        {"args": [[10000, 0, 10000], [9999]]},
        {"args": [[1] * 99 + [2], [2] * 3]},                # large and nearly pure vs small and pure
    ]
    rng = random.Random(808)
    for _ in range(10):
        classes = rng.sample(range(0, 30), rng.randint(1, 5))
        out.append({"args": [_child(rng, rng.randint(0, 30), classes, rng.uniform(0.3, 1.0)),
                             _child(rng, rng.randint(1, 30), classes, rng.uniform(0.3, 1.0))]})
    classes = list(range(0, 10001, 97))
    out.append({"args": [_child(rng, 100_000, classes, 0.97), _child(rng, 60_000, classes, 1.0)],
                "large": True})
    out.append({"args": [_child(rng, 100_000, [0, 1], 0.2), []], "large": True})
    for case in out:
        left, right = case["args"]
        assert len(left) + len(right) >= 1 and max(len(left), len(right)) <= 10**5
        assert all(0 <= x <= 10**4 for x in left + right)
    return out
