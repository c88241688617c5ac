"""Information gain cases: perfect and useless splits, an empty side, a single example, many
classes, seeded random labels with splits that follow the label to a varying degree."""
import random


def _split(rng, n, classes, informative):
    labels = [rng.choice(classes) for _ in range(n)]
    cut = rng.choice(classes)
    mask = [int(y <= cut) if rng.random() < informative else rng.randint(0, 1) for y in labels]
    return labels, mask


def cases():
    out = [
        {"args": [[0, 0, 1, 1], [1, 1, 0, 0]], "sample": True},
        {"args": [[0, 0, 0, 1, 1, 1, 1, 1], [1, 1, 1, 1, 0, 0, 0, 0]], "sample": True},
        {"args": [[5], [1]]},                                  # one example
        {"args": [[0, 1, 2, 3], [1, 1, 1, 1]]},                # everything left: 0
        {"args": [[0, 1, 2, 3], [0, 0, 0, 0]]},                # everything right: 0
        {"args": [[0, 1, 0, 1], [1, 1, 0, 0]]},                # same mix on both sides: 0
        {"args": [[7, 7, 7, 7], [1, 0, 1, 0]]},                # pure parent: 0
        {"args": [[0, 1, 2, 3, 4, 5, 6, 7], [1, 1, 1, 1, 0, 0, 0, 0]]},  # 3 bits -> 2 bits
        {"args": [[0, 1, 2, 3, 4, 5, 6, 7], [1, 0, 0, 0, 0, 0, 0, 0]]},
        {"args": [[10000, 0, 10000, 0, 3], [1, 0, 1, 0, 1]]},
    ]
    rng = random.Random(77)
    for _ in range(10):
        classes = rng.sample(range(50), rng.randint(1, 5))
        out.append({"args": list(_split(rng, rng.randint(1, 40), classes, rng.random()))})
    out.append({"args": list(_split(rng, 100_000, list(range(0, 10001, 50)), 0.7)), "large": True})
    out.append({"args": list(_split(rng, 100_000, [0, 1], 0.9)), "large": True})
    for case in out:
        labels, mask = case["args"]
        assert 1 <= len(labels) == len(mask) <= 10**5
        assert set(mask) <= {0, 1} and all(0 <= y <= 10**4 for y in labels)
    return out
