"""Two Sum II cases. Inputs are built so that exactly one pair of positions sums to target
(verified below with an O(n) count over values)."""
import random
from collections import Counter

N_MAX = 3 * 10**4


def _pairs(nums, target):
    count = Counter(nums)
    total = 0
    for v, c in count.items():
        w = target - v
        if v < w:
            total += c * count.get(w, 0)
        elif v == w:
            total += c * (c - 1) // 2
    return total


def _high_pair(rng, n, a, b=1000):
    """Filler in [-1000, 100] (lots of repeats), plus one a in [-700, 0] and one b = 1000:
    filler sums stay <= 200 < a + b <= 1000, and filler + b == target only for a itself."""
    fill = [rng.randint(-1000, 100) for _ in range(n - 2)]
    fill = [v if v != a else v - 1 for v in fill]
    nums = sorted(fill + [a, b])
    return nums, a + b


def _low_pair(rng, n, b, a=-1000):
    """Mirror image: filler in [-100, 1000], one a = -1000 and one b in [0, 700]."""
    fill = [rng.randint(-100, 1000) for _ in range(n - 2)]
    fill = [v if v != b else v + 1 for v in fill]
    nums = sorted(fill + [a, b])
    return nums, a + b


def cases():
    out = [
        {"args": [[1, 4, 6, 9, 12], 15], "expected": [3, 4], "sample": True},
        {"args": [[-8, -3, 0, 0, 5], 0], "expected": [3, 4], "sample": True},
        {"args": [[-5, 10], 5], "expected": [1, 2], "sample": True},
        {"args": [[3, 3], 6]},
        {"args": [[-1000, 1000], 0]},
        {"args": [[1, 2, 3], 4]},                    # 2 + 2 would need the same position twice
        {"args": [[1, 2, 3, 4, 5], 9]},              # answer at the right end
        {"args": [[1, 2, 3, 4, 5], 3]},              # answer at the left end
        {"args": [[-10, -5, -2, -1], -15]},           # all negative
        {"args": [[0, 0, 3, 4], 0]},
        {"args": [[-3, -3, 2, 7, 9], 9]},
        {"args": [[5, 25, 75], 100]},
        {"args": [[-1, 0], -1]},
        {"args": [[1, 1, 1, 2, 10], 12]},
        {"args": [[2, 7, 11, 15, 15, 20], 9]},
    ]
    rng = random.Random(167)
    for _ in range(4):
        n = rng.randint(2, 40)
        nums, t = _high_pair(rng, n, rng.randint(-700, 0))
        out.append({"args": [nums, t]})
        nums, t = _low_pair(rng, n, rng.randint(0, 700))
        out.append({"args": [nums, t]})
    nums, t = _high_pair(rng, 2000, rng.randint(-700, 0))
    out.append({"args": [nums, t]})
    # maximum size: the smaller element of the pair sits ~90% of the way along, so trying all
    # pairs costs about 4 * 10^8 checks
    for a in (0, -1, -3):
        nums, t = _high_pair(rng, N_MAX, a)
        out.append({"args": [nums, t], "large": True})
    nums, t = _low_pair(rng, N_MAX, 700)
    out.append({"args": [nums, t], "large": True})

    for index, case in enumerate(out):
        nums, target = case["args"]
        assert 2 <= len(nums) <= N_MAX and nums == sorted(nums), index
        assert all(-1000 <= x <= 1000 for x in nums) and -1000 <= target <= 1000, index
        assert _pairs(nums, target) == 1, index
    return out
