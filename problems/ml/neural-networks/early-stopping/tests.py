"""Early-stopping cases: the examples, a single epoch, steadily improving runs (never stop),
flat runs, improvements exactly equal to min_delta, patience 1 and patience n, a late recovery
after the stop, seeded random noisy learning curves (all values multiples of 2^-10)."""
import random

UNIT = 1 / 1024


def _curve(rng, n, noise):
    losses, level = [], rng.uniform(2, 60)
    for _ in range(n):
        level = max(0.0, level * rng.uniform(0.9, 1.0) + rng.gauss(0, noise))
        losses.append(min(100.0, round(level / UNIT) * UNIT))
    return losses


def cases():
    out = [
        {"args": [[1.0, 0.75, 0.8125, 0.78125, 0.875, 0.5], 3, 0.0], "sample": True},
        {"args": [[2.0, 1.5, 1.4375, 1.375, 1.25], 2, 0.125], "sample": True},
        {"args": [[0.5], 1, 0.0]},                                   # one epoch
        {"args": [[5.0, 4.0, 3.0, 2.0, 1.0], 1, 0.5]},               # always improves: runs out
        {"args": [[1.0, 1.0, 1.0, 1.0], 1, 0.0]},                    # equal is not better
        {"args": [[1.0, 1.0, 1.0, 1.0], 4, 0.0]},                    # patience n: never fires
        {"args": [[1.0, 1.0, 1.0, 1.0, 1.0], 4, 0.0]},               # fires on the last epoch
        {"args": [[1.0, 0.5, 0.25, 0.125], 2, 0.125]},               # drop of exactly min_delta at the end
        {"args": [[3.0, 2.9990234375, 2.998046875, 2.9970703125, 0.0], 3, 0.0009765625]},  # tiny steps
        {"args": [[4.0, 3.0, 3.5, 2.96875, 2.9375, 2.0, 2.5, 2.5, 1.0], 2, 0.0625]},
        {"args": [[0.0, 0.0, 0.0], 2, 0.0]},
        {"args": [[10.0, 9.0, 11.0, 12.0, 13.0, 1.0, 0.5], 3, 1.0]},
    ]
    rng = random.Random(2357)
    for _ in range(10):
        n = rng.randint(1, 60)
        out.append({"args": [_curve(rng, n, rng.choice([0.01, 0.3, 2.0])), rng.randint(1, max(1, n // 3)),
                             rng.randint(0, 100) * UNIT]})
    out.append({"args": [_curve(rng, 100_000, 0.001), 5000, 0.0], "large": True})
    out.append({"args": [[round(rng.uniform(0, 100) / UNIT) * UNIT for _ in range(100_000)], 100_000, 0.5],
                "large": True})
    for case in out:
        losses, patience, min_delta = case["args"]
        assert 1 <= len(losses) <= 10**5 and 1 <= patience <= len(losses) and 0 <= min_delta <= 1
        assert all(0 <= x <= 100 and x / UNIT == int(x / UNIT) for x in losses + [min_delta])
    return out
