"""Coin Change cases. Small cases stay within reach of the exhaustive brute; large ones use
amount = 10^4 (the maximum) with up to 12 denominations."""
import random

AMOUNT_MAX = 10**4
COIN_MAX = 2**31 - 1


def _small(rng):
    k = rng.randint(1, 5)
    coins = rng.sample(range(1, 25), k)
    return {"args": [coins, rng.randint(0, 60)]}


def cases():
    out = [
        # statement examples
        {"args": [[2, 7, 10], 14], "expected": 2, "sample": True},
        {"args": [[4, 6], 9], "expected": -1, "sample": True},
        {"args": [[5], 0], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[1], 0], "expected": 0},
        {"args": [[1], 1], "expected": 1},
        {"args": [[2], 1], "expected": -1},                      # smaller than every coin
        {"args": [[2], 3], "expected": -1},
        {"args": [[1], 17], "expected": 17},                     # the answer equals the amount
        {"args": [[1, 3, 4], 6], "expected": 2},                 # greedy would say 3
        {"args": [[1, 5, 6, 9], 11], "expected": 2},             # 5 + 6, greedy 9 + 1 + 1
        {"args": [[186, 419, 83, 408], 6249], "expected": 20},
        {"args": [[COIN_MAX], 7], "expected": -1},               # huge coin, never usable
        {"args": [[COIN_MAX, 3], 9], "expected": 3},
        {"args": [[3, 3, 5], 11], "expected": 3},                # repeated denomination: 3 + 3 + 5
        {"args": [[7, 11], 25], "expected": 3},                  # 7 + 7 + 11
        {"args": [[7, 11], 27], "expected": -1},                 # 27 is not 7a + 11b
        {"args": [[10, 1], 10], "expected": 1},
    ]

    rng = random.Random(322)
    for _ in range(10):  # small, brute-checked
        out.append(_small(rng))

    def large(coins, amount=AMOUNT_MAX):
        out.append({"args": [coins, amount], "large": True})

    # maximum size: 12 denominations, amount 10^4
    large(rng.sample(range(1, 500), 12))
    large(rng.sample(range(2, 10**4), 12))
    large(rng.sample(range(50, 3000), 12), 9973)
    large([2 * x for x in rng.sample(range(1, 2000), 12)], 9999)      # all even, odd amount: -1
    large([1])                                                         # 10^4 coins of 1
    large([1, 4999, 5000], 9998)                                       # 4999 + 4999; greedy needs 4999 coins
    large([COIN_MAX, 10**9, 10**5, 10**4 + 1] + rng.sample(range(97, 400), 8))  # several coins above the amount
    large([9973, 9967, 9949, 9941, 9931, 9929, 9923, 9907, 9901, 9887, 9883, 9871], AMOUNT_MAX)  # -1
    large([3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43])
    large([AMOUNT_MAX])

    for case in out:
        coins, amount = case["args"]
        assert 1 <= len(coins) <= 12 and all(1 <= c <= COIN_MAX for c in coins)
        assert 0 <= amount <= AMOUNT_MAX
        if not case.get("large"):
            assert amount <= 6249 and (amount <= 60 or len(coins) <= 4)
    return out
