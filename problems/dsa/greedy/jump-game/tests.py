"""Jump Game cases. The large ones include 'walls': every pad before position p reaches exactly p,
and p has strength 0, so checking every leap of every pad costs about p^2 / 2 steps."""
import random

N_MAX = 10**4
V = 10**5


def _wall(n, p, tail=1):
    """nums[i] = p - i before p, 0 at p, then arbitrary pads behind the wall: answer false."""
    return [p - i for i in range(p)] + [0] + [tail] * (n - p - 1)


def _random_true(rng, n, hi):
    """Random strengths in 1..hi: never stuck."""
    return [rng.randint(1, hi) for _ in range(n)]


def _random_mixed(rng, n, zero_rate, hi):
    return [0 if rng.random() < zero_rate else rng.randint(1, hi) for _ in range(n)]


def cases():
    out = [
        # statement examples
        {"args": [[1, 3, 0, 0, 1, 4]], "expected": True, "sample": True},
        {"args": [[2, 1, 0, 5]], "expected": False, "sample": True},
        {"args": [[0]], "expected": True, "sample": True},
        # hand-picked edges
        {"args": [[5]], "expected": True},
        {"args": [[0, 1]], "expected": False},              # stuck at the start
        {"args": [[1, 0]], "expected": True},               # a zero on the last pad does not matter
        {"args": [[0, 0, 0]], "expected": False},
        {"args": [[2, 0, 0]], "expected": True},            # jump over a zero, land on the end
        {"args": [[1, 1, 0, 1]], "expected": False},
        {"args": [[3, 0, 0, 0, 1]], "expected": False},     # reaches exactly the zero before the end
        {"args": [[4, 0, 0, 0, 0]], "expected": True},
        {"args": [[1, 2, 0, 1, 0, 3]], "expected": False},
        {"args": [[2, 6, 0, 0, 0, 0, 0, 1]], "expected": True},
        {"args": [[100000, 0, 0]], "expected": True},        # strength far beyond the array
        {"args": [[1] * 10], "expected": True},
    ]

    rng = random.Random(55)
    for _ in range(10):  # small, brute-checked
        n = rng.randint(1, 40)
        out.append({"args": [_random_mixed(rng, n, rng.choice([0.2, 0.4, 0.6]), rng.choice([2, 3, 6]))]})
    out.append({"args": [_wall(200, 150)]})
    out.append({"args": [_random_true(rng, 300, 3)]})

    # maximum size
    n = N_MAX
    out.append({"args": [_wall(n, n - 2)], "large": True})            # false, just before the end
    out.append({"args": [_wall(n, n - 3, tail=5)], "large": True})
    out.append({"args": [_wall(n, n - 500)], "large": True})
    up_to_end = [n - 1 - i for i in range(n)]                          # true, last pad reached exactly
    out.append({"args": [up_to_end], "large": True})
    out.append({"args": [[1] * n], "large": True})                    # true by single steps
    out.append({"args": [[1] * (n - 2) + [0, 0]], "large": True})     # false at the very end
    out.append({"args": [_random_true(rng, n, 2)], "large": True})
    out.append({"args": [_random_mixed(rng, n, 0.5, 3)], "large": True})
    out.append({"args": [[V] + [0] * (n - 1)], "large": True})        # one giant leap

    for case in out:
        (nums,) = case["args"]
        assert 1 <= len(nums) <= N_MAX and all(0 <= x <= V for x in nums)
    return out
