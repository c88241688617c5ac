"""Coin Change II cases: brute-checked small inputs, then 300 coins and amount 5000."""
import random

A_MAX = 5000
C_MAX = 5000
N_MAX = 300
LIMIT = 2**31 - 1


def _ways(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


def cases():
    out = [
        # statement examples
        {"args": [6, [1, 3, 4]], "expected": 4, "sample": True},
        {"args": [7, [4, 6]], "expected": 0, "sample": True},
        {"args": [12, [12]], "expected": 1, "sample": True},
        # hand-picked edges
        {"args": [0, [7]], "expected": 1},                  # paying nothing: one way
        {"args": [0, [1, 2, 3]], "expected": 1},
        {"args": [1, [2]], "expected": 0},
        {"args": [5, [1, 2, 5]], "expected": 4},
        {"args": [3, [2]], "expected": 0},
        {"args": [10, [10]], "expected": 1},
        {"args": [10, [5, 10, 2, 3]], "expected": 5},       # unsorted coins
        {"args": [4, [5000]], "expected": 0},               # coin bigger than the amount
        {"args": [8, [1]], "expected": 1},
        {"args": [10, [3, 7]], "expected": 1},
    ]

    rng = random.Random(518)
    for _ in range(10):  # small, brute-checked
        coins = rng.sample(range(1, rng.choice([6, 12, 30]) + 1), rng.randint(1, 5))
        out.append({"args": [rng.randint(0, 30), coins]})
    # large
    out.append({"args": [121, list(range(1, N_MAX + 1))], "large": True})   # p(121), just under 2^31
    out.append({"args": [A_MAX, [1, 2, 5]], "large": True})
    out.append({"args": [A_MAX, [11, 13, 17, 19, 23, 29]], "large": True})
    out.append({"args": [A_MAX, [97, 101, 103, 107]], "large": True})
    out.append({"args": [A_MAX, [C_MAX]], "large": True})
    out.append({"args": [A_MAX - 1, [2 * k for k in range(1, N_MAX + 1)]], "large": True})  # odd: 0
    for lo in (300, 400, 800):
        out.append({"args": [A_MAX, rng.sample(range(lo, C_MAX + 1), N_MAX)], "large": True})
    out.append({"args": [A_MAX, rng.sample(range(1000, C_MAX + 1), N_MAX)], "large": True})

    for case in out:
        amount, coins = case["args"]
        assert 0 <= amount <= A_MAX and 1 <= len(coins) <= N_MAX
        assert len(set(coins)) == len(coins) and all(1 <= c <= C_MAX for c in coins)
        assert _ways(amount, coins) <= LIMIT
        assert case.get("large") or amount <= 30
    return out
