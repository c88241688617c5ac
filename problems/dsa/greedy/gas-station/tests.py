"""Gas Station cases: brute-checked small rings, then 10^5-station rings. Every ring has at most one
valid start (checked in O(n) with prefix sums). The 'flat' rings have gas == cost almost
everywhere, so simulating the trip from each station costs about n^2 / 2 steps."""
import random

N_MAX = 10**5
V_MAX = 10**4


def _valid_starts(gas, cost):
    """All stations s from which the loop can be completed. With P the prefix sums of gas - cost,
    s works iff P[k] >= P[s] for every k in s..n and P[k] + P[n] >= P[s] for every k in 0..s."""
    n = len(gas)
    prefix = [0] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + gas[i] - cost[i]
    total = prefix[n]
    suffix_min = prefix[:]
    for k in range(n - 1, -1, -1):
        suffix_min[k] = min(suffix_min[k], suffix_min[k + 1])
    out = []
    lowest_before = prefix[0]
    for s in range(n):
        lowest_before = min(lowest_before, prefix[s])
        if suffix_min[s] >= prefix[s] and lowest_before + total >= prefix[s]:
            out.append(s)
    return out


def _random_ring(rng, n, hi, slack=None):
    """Random stations with at most one valid start. slack=None: any total; otherwise gas is topped
    up (or trimmed) until sum(gas) - sum(cost) lies in 0..slack, so a start usually exists."""
    while True:
        gas = [rng.randint(0, hi) for _ in range(n)]
        cost = [rng.randint(0, hi) for _ in range(n)]
        if slack is not None:
            diff = sum(gas) - sum(cost)
            while diff < 0 or diff > slack:
                i = rng.randrange(n)
                if diff < 0 and gas[i] < hi:
                    step = min(hi - gas[i], -diff)
                    gas[i] += step
                    diff += step
                elif diff > slack and cost[i] < hi:
                    step = min(hi - cost[i], diff)
                    cost[i] += step
                    diff -= step
        if len(_valid_starts(gas, cost)) <= 1:
            return [gas, cost]


def _flat(n, level, changes):
    """gas == cost == level everywhere except the stations in changes: {index: gas - cost}."""
    gas, cost = [level] * n, [level] * n
    for i, d in changes.items():
        if d >= 0:
            if gas[i] + d <= V_MAX:
                gas[i] += d
            else:
                cost[i] -= d
        elif cost[i] - d <= V_MAX:
            cost[i] -= d
        else:
            gas[i] += d
    return [gas, cost]


def cases():
    out = [
        # statement examples
        {"args": [[3, 1, 7, 2, 4], [1, 4, 1, 9, 1]], "expected": 4, "sample": True},
        {"args": [[2, 2, 2], [1, 3, 3]], "expected": -1, "sample": True},
        {"args": [[4], [4]], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[5], [3]], "expected": 0},
        {"args": [[3], [5]], "expected": -1},
        {"args": [[0], [0]], "expected": 0},
        {"args": [[1, 0], [0, 1]], "expected": 0},
        {"args": [[0, 1], [1, 0]], "expected": 1},
        {"args": [[0, 1, 1], [5, 0, 0]], "expected": -1},          # ends on a candidate; total short
        {"args": [[0, 0, 0, 0, 10], [2, 2, 2, 2, 1]], "expected": 4},  # only the last one works
        {"args": [[3, 2, 0, 3], [1, 1, 4, 1]], "expected": 3},     # candidate reset at the end
        {"args": [[3, 3, 1], [2, 2, 4]], "expected": -1},          # short by exactly one unit
        {"args": [[10000, 0, 0], [0, 5000, 5000]], "expected": 0},
        {"args": [[5, 0, 5, 0], [0, 6, 0, 4]], "expected": 2},     # station 0: same surplus, fails
    ]

    rng = random.Random(134)
    for _ in range(6):  # small, brute-checked, any answer
        out.append({"args": _random_ring(rng, rng.randint(1, 12), rng.choice([3, 5, 10]))})
    for _ in range(6):  # small, brute-checked, usually solvable
        out.append({"args": _random_ring(rng, rng.randint(2, 12), rng.choice([3, 5, 10]), slack=2)})

    # maximum size
    n = N_MAX
    out.append({"args": _flat(n, 5, {n - 2: -1, n - 1: 1}), "large": True})          # answer n - 1
    out.append({"args": _flat(n, V_MAX, {n // 2 - 1: -1, n // 2: 1}), "large": True})  # n / 2
    out.append({"args": _flat(n, 0, {6: -1, 7: 1}), "large": True})                  # answer 7
    out.append({"args": _flat(n, 7, {n - 1: -1}), "large": True})                    # -1 (one short)
    out.append({"args": _random_ring(rng, n, V_MAX, slack=0), "large": True})
    out.append({"args": _random_ring(rng, n, V_MAX, slack=50), "large": True})
    out.append({"args": _random_ring(rng, n, 10, slack=3), "large": True})
    out.append({"args": _random_ring(rng, n, V_MAX), "large": True})
    # full-size values: +10^4 and -10^4 alternate, the first pair is one unit up and the last one
    # unit down, so only the (rotated) first station works
    gas = [V_MAX if i % 2 == 0 else 0 for i in range(n)]
    cost = [0 if i % 2 == 0 else V_MAX for i in range(n)]
    cost[1] -= 1
    gas[n - 2] -= 1
    r = 31_415
    out.append({"args": [gas[r:] + gas[:r], cost[r:] + cost[:r]], "large": True})

    for case in out:
        gas, cost = case["args"]
        assert 1 <= len(gas) == len(cost) <= N_MAX
        assert all(0 <= x <= V_MAX for x in gas) and all(0 <= x <= V_MAX for x in cost)
        assert len(_valid_starts(gas, cost)) <= 1
        assert case.get("large") or len(gas) <= 12
    return out
