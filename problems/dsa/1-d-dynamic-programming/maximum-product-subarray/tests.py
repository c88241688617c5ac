"""Maximum Product Subarray cases. Every zero-free run has |product| <= 2^31 - 1, so every block's
product fits in 32 bits as the constraints promise."""
import random

N_MAX = 2 * 10**4
LIMIT = 2**31 - 1


def _gen(rng, n, big_rate, zero_rate):
    """Mostly +-1 with some +-2..10 and zeros; a zero is forced when a run's product would overflow."""
    out, run = [], 1
    for _ in range(n):
        r = rng.random()
        if r < zero_rate:
            x = 0
        elif r < zero_rate + big_rate:
            x = rng.choice([-1, 1]) * rng.randint(2, 10)
        else:
            x = rng.choice([-1, 1])
        if x and run * abs(x) > LIMIT:
            x = rng.choice([-1, 1, 0])
        run = 1 if x == 0 else run * abs(x)
        out.append(x)
    return out


def _fits(nums):
    run = 1
    for x in nums:
        run = 1 if x == 0 else run * abs(x)
        if run > LIMIT:
            return False
    return True


def cases():
    out = [
        {"args": [[3, -1, 4, 2, -5]], "expected": 120, "sample": True},
        {"args": [[-3, 0, -2]], "expected": 0, "sample": True},
        {"args": [[2, -6, 3, 5]], "expected": 15, "sample": True},
        # hand-picked edges
        {"args": [[-4]], "expected": -4},
        {"args": [[0]], "expected": 0},
        {"args": [[7]], "expected": 7},
        {"args": [[-2, -3]], "expected": 6},
        {"args": [[-2, 5]], "expected": 5},
        {"args": [[-1, -1, -1]], "expected": 1},
        {"args": [[2, 3, -2, 4]], "expected": 6},
        {"args": [[-2, 3, -4]], "expected": 24},           # needs the running minimum
        {"args": [[0, 0, 0]], "expected": 0},
        {"args": [[-2, 0, -1]], "expected": 0},
        {"args": [[-10, 9, -10, 0, 5]], "expected": 900},
        {"args": [[10] * 9], "expected": 10**9},
        {"args": [[-5, 2, 2, 2, 0, -3, -3]], "expected": 9},
    ]
    rng = random.Random(152)
    for _ in range(10):  # small random, brute-checked
        n = rng.randint(1, 30)
        out.append({"args": [_gen(rng, n, 0.7, 0.1)]})
    # maximum size
    out.append({"args": [_gen(rng, N_MAX, 0.05, 0.01)], "large": True})
    out.append({"args": [_gen(rng, N_MAX, 0.002, 0.0)], "large": True})
    out.append({"args": [_gen(rng, N_MAX, 0.3, 0.05)], "large": True})
    out.append({"args": [[-1] * N_MAX], "expected": 1, "large": True})
    out.append({"args": [[0] * (N_MAX - 1) + [-3]], "expected": 0, "large": True})
    out.append({"args": [[-2] + [1] * (N_MAX - 2) + [-2]], "expected": 4, "large": True})
    for case in out:
        nums = case["args"][0]
        assert 1 <= len(nums) <= N_MAX and all(-10 <= x <= 10 for x in nums) and _fits(nums)
        if not case.get("large"):
            assert len(nums) <= 30
    return out
