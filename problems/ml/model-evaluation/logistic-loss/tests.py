"""Log loss cases: the samples, perfect and perfectly wrong predictions (clipped both ways), the
uninformative 0.5 model, a single example, and seeded random data with some exact 0s and 1s."""
import random


def _case(rng, n, eps, extremes):
    y = [rng.randint(0, 1) for _ in range(n)]
    p = []
    for _ in range(n):
        r = rng.random()
        p.append(rng.choice([0.0, 1.0]) if r < extremes else round(rng.random(), 6))
    return {"args": [y, p, eps]}


def cases():
    out = [
        {"args": [[1, 0, 1], [0.9, 0.2, 0.6], 1e-7], "sample": True},
        {"args": [[0, 0, 1], [1.0, 0.0, 1.0], 1e-7], "sample": True},
        {"args": [[1, 0], [0.995, 0.001], 0.01], "sample": True},
        {"args": [[1], [1.0], 1e-7]},
        {"args": [[0], [1.0], 1e-8]},
        {"args": [[1], [0.0], 0.01]},
        {"args": [[0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5], 1e-7]},
        {"args": [[1, 1, 0, 0], [1.0, 1.0, 0.0, 0.0], 1e-6]},
        {"args": [[1, 1, 0, 0], [0.0, 0.0, 1.0, 1.0], 1e-8]},
        {"args": [[1, 0, 1, 0, 1], [0.999, 0.001, 0.005, 0.995, 0.5], 0.01]},
        {"args": [[0] * 6, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], 1e-7]},
        {"args": [[1] * 6, [1e-9, 1e-7, 1e-5, 1e-3, 0.1, 1.0], 1e-7]},
    ]
    rng = random.Random(4421)
    for eps in (1e-7, 1e-8, 1e-3, 0.01, 1e-7, 1e-5):
        out.append(_case(rng, rng.randint(1, 50), eps, rng.choice([0.0, 0.1, 0.4])))
    out.append({**_case(rng, 100_000, 1e-7, 0.05), "large": True})
    out.append({**_case(rng, 100_000, 1e-3, 0.0), "large": True})
    for case in out:
        y, p, eps = case["args"]
        assert 1 <= len(y) == len(p) <= 10**5 and set(y) <= {0, 1}
        assert all(0 <= x <= 1 for x in p) and 1e-8 <= eps <= 0.01
    return out
