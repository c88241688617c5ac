"""Cross-entropy cases: the examples, one class, confident right and wrong rows, logits at the
limits, seeded random batches at several scales."""
import random


def _batch(rng, n, k, spread):
    logits = [[round(rng.uniform(-spread, spread), 3) for _ in range(k)] for _ in range(n)]
    labels = [rng.randrange(k) for _ in range(n)]
    return logits, labels


def cases():
    out = [
        {"args": [[[0.0, 0.0, 0.0, 0.0]], [2]], "sample": True},
        {"args": [[[2.0, 0.0], [1000.0, -1000.0]], [0, 1]], "sample": True},
        {"args": [[[7.5]], [0]]},                                  # one class: loss 0
        {"args": [[[10000.0, -10000.0]], [0]]},                    # confident and right: ~0
        {"args": [[[10000.0, -10000.0]], [1]]},                    # confident and wrong: 20000
        {"args": [[[-10000.0, -10000.0, -10000.0]], [1]]},         # all very negative: log 3
        {"args": [[[10000.0, 10000.0]], [0]]},                     # all very positive: log 2
        {"args": [[[800.0, 0.0, -800.0], [0.0, 800.0, -800.0]], [2, 2]]},
        {"args": [[[1.0, 2.0, 3.0], [3.0, 2.0, 1.0], [0.0, 0.0, 0.0]], [2, 2, 0]]},
    ]
    rng = random.Random(1337)
    for _ in range(10):
        out.append({"args": list(_batch(rng, rng.randint(1, 8), rng.randint(1, 10),
                                        rng.choice([1, 30, 3000])))})
    out.append({"args": list(_batch(rng, 2000, 50, 10)), "large": True})
    out.append({"args": list(_batch(rng, 200, 500, 10000)), "large": True})
    for case in out:
        logits, labels = case["args"]
        assert 1 <= len(logits) == len(labels) <= 2000
        assert all(1 <= len(r) <= 500 and 0 <= y < len(r) for r, y in zip(logits, labels))
        assert all(-1e4 <= x <= 1e4 for r in logits for x in r)
    return out
