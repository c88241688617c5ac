"""Best Time to Buy And Sell Stock cases; expected values are recomputed below (scan from the right
keeping the highest later price)."""
import random

P = 10**4
N_MAX = 10**5


def _answer(prices):
    best, high = 0, prices[-1]
    for p in reversed(prices):
        high = max(high, p)
        best = max(best, high - p)
    return best


def cases():
    out = [
        # statement examples
        {"args": [[9, 2, 7, 1, 5, 4]], "expected": 5, "sample": True},
        {"args": [[8, 6, 5, 3]], "expected": 0, "sample": True},
        {"args": [[4]], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[1, 2]]},                               # smallest profitable input
        {"args": [[2, 1]]},                               # smallest losing input
        {"args": [[5, 5, 5, 5]]},                         # flat: break even only
        {"args": [[0, P]]},                               # extreme values
        {"args": [[P, 0]]},
        {"args": [[3, 10, 1, 4]]},                        # earlier dip beats the global minimum
        {"args": [[1, 3, 0, 2]]},
        {"args": [[1, 2, 3, 4, 5, 6, 7]]},                # increasing: first to last
        {"args": [[7, 6, 5, 4, 3, 2, 1]]},                # decreasing: 0
        {"args": [[5, 4, 3, 2, 1, 9]]},                   # best sale on the last day
        {"args": [[9, 1, 2, 3]]},                         # maximum comes first
        {"args": [[0]]},
        {"args": [[2, 9, 0, 8, 1, 7]]},
    ]
    rng = random.Random(121)
    for _ in range(6):  # small, brute-checked
        out.append({"args": [[rng.randint(0, 50) for _ in range(rng.randint(1, 40))]]})
    for _ in range(2):
        out.append({"args": [[rng.randint(0, P) for _ in range(rng.randint(500, 2000))]]})
    # a random walk: the kind of series the problem is about
    walk, p = [], P // 2
    for _ in range(3000):
        p = min(P, max(0, p + rng.randint(-40, 40)))
        walk.append(p)
    out.append({"args": [walk]})

    # maximum size: every (buy, sell) pair is about 5 * 10^9 pairs
    out.append({"args": [[rng.randint(0, P) for _ in range(N_MAX)]], "large": True})
    walk, p = [], P // 2
    for _ in range(N_MAX):
        p = min(P, max(0, p + rng.randint(-25, 25)))
        walk.append(p)
    out.append({"args": [walk], "large": True})
    out.append({"args": [sorted((rng.randint(0, P) for _ in range(N_MAX)), reverse=True)],
                "large": True})  # never profitable
    # high early dip, then the global minimum with little rise after it
    tail = [rng.randint(1, 30) for _ in range(N_MAX // 2 - 1)]
    head = [rng.randint(2000, 9000) for _ in range(N_MAX // 2 - 3)]
    out.append({"args": [[8000, 1000] + head + [P] + [0] + tail], "large": True})

    for index, case in enumerate(out):
        (prices,) = case["args"]
        assert 1 <= len(prices) <= N_MAX and all(0 <= p <= P for p in prices), index
        answer = _answer(prices)
        if "expected" in case:
            assert case["expected"] == answer, index
        else:
            case["expected"] = answer
    return out
