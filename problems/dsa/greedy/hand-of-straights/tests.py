"""Hand of Straights cases: brute-checked small hands, then 10^4-card hands. The large hands with
few distinct values and a small groupSize make a solution that rescans the sorted hand for every
card quadratic."""
import random

N_MAX = 10**4
V_MAX = 10**9


def _runs(rng, starts, k):
    """A shuffled hand made of one run of k consecutive values from each start."""
    hand = [s + j for s in starts for j in range(k)]
    rng.shuffle(hand)
    return hand


def _small(rng):
    """A small hand that splits into runs, sometimes disturbed by one card."""
    k = rng.randint(1, 4)
    groups = rng.randint(1, max(1, 12 // k))
    base = rng.randint(0, 3)
    hand = _runs(rng, [base + rng.randint(0, 5) for _ in range(groups)], k)
    change = rng.random()
    if change < 0.45:
        i = rng.randrange(len(hand))
        hand[i] = max(0, hand[i] + rng.choice([-1, 1]))  # one card off by one: usually false
    elif change < 0.6 and len(hand) > 1:
        hand.pop()  # usually no longer divisible
        k = rng.randint(1, len(hand))
    return [hand, k]


def cases():
    out = [
        # statement examples
        {"args": [[5, 3, 4, 6, 4, 5], 3], "expected": True, "sample": True},
        {"args": [[7, 8, 8, 9, 10, 11], 3], "expected": False, "sample": True},
        {"args": [[2, 1, 3, 4], 3], "expected": False, "sample": True},
        # hand-picked edges
        {"args": [[5], 1], "expected": True},
        {"args": [[3, 1, 2], 3], "expected": True},
        {"args": [[1, 2, 4], 3], "expected": False},            # a gap inside the only run
        {"args": [[8, 8, 8, 8], 1], "expected": True},
        {"args": [[8, 8, 8, 8], 2], "expected": False},          # equal cards are not consecutive
        {"args": [[8, 8, 8, 8], 4], "expected": False},
        {"args": [[1, 1, 2, 2], 2], "expected": True},           # both 1s start a run
        {"args": [[1, 1, 2, 2, 3, 3], 3], "expected": True},
        {"args": [[1, 1, 2, 2, 3, 3], 2], "expected": False},
        {"args": [[2, 3, 1, 4], 2], "expected": True},           # a run must start at 1, not at 2
        {"args": [[3, 4, 5, 1, 2, 3], 3], "expected": True},
        {"args": [[0, 1000000000], 2], "expected": False},
        {"args": [[999999999, 1000000000], 2], "expected": True},
        {"args": [[6, 2, 5, 1, 4, 3], 6], "expected": True},
        {"args": [[1, 2, 3, 3, 4, 5, 6, 7], 4], "expected": False},
    ]

    rng = random.Random(846)
    for _ in range(14):  # small, brute-checked
        out.append({"args": _small(rng)})

    # maximum size
    n = N_MAX
    half = n // 2
    third = n // 3
    # two to four distinct values, many copies each: true, then false at the very end
    out.append({"args": [[4] * half + [5] * half, 2], "large": True})
    out.append({"args": [[4] * half + [5] * (half - 1) + [6], 2], "large": True})
    out.append({"args": [_runs(rng, [70] * third, 3), 3], "large": True})  # 9999 cards
    out.append({"args": [_runs(rng, [9] * (n // 4), 4), 4], "large": True})
    # runs from each of 0..3332; one card of the last run moved up a step: false at the end
    last = _runs(rng, range(third), 3)
    last[last.index(third + 1)] = third + 2
    out.append({"args": [last, 3], "large": True})
    # random overlapping runs: true
    for k, top in ((2, 50), (10, 200)):
        starts = [rng.randint(0, top) for _ in range(n // k)]
        out.append({"args": [_runs(rng, starts, k), k], "large": True})
    starts = [rng.randint(0, V_MAX - 99) for _ in range(n // 100)]
    out.append({"args": [_runs(rng, starts, 100), 100], "large": True})
    # one run of 10^4 cards, then the same with one card out of place
    out.append({"args": [_runs(rng, [0], n), n], "large": True})
    gap = _runs(rng, [V_MAX - n + 1], n)
    gap[gap.index(V_MAX - n // 2)] = V_MAX - n
    out.append({"args": [gap, n], "large": True})
    out.append({"args": [[rng.randint(0, V_MAX) for _ in range(n)], 1], "large": True})
    spread = rng.sample(range(0, V_MAX, 2), n)  # no two values consecutive: false
    out.append({"args": [spread, 2], "large": True})
    broken = _runs(rng, [rng.randint(0, 100) for _ in range(n // 4)], 4)
    broken[rng.randrange(n)] += 1  # one card bumped up: false
    out.append({"args": [broken, 4], "large": True})

    for case in out:
        hand, k = case["args"]
        assert 1 <= len(hand) <= N_MAX and all(0 <= x <= V_MAX for x in hand) and 1 <= k <= len(hand)
        assert case.get("large") or len(hand) <= 12
    return out
