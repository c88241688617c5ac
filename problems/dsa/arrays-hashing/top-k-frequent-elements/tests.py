"""Top K Frequent Elements cases. Every case has a unique answer: the k-th highest count is strictly
greater than the (k+1)-th (checked below), and expected is computed here from the counts."""
import random
from collections import Counter

V = 10**4
N_MAX = 10**5


def _answer(nums, k):
    ranked = Counter(nums).most_common()
    assert 1 <= k <= len(ranked)
    assert k == len(ranked) or ranked[k - 1][1] > ranked[k][1], "answer is not unique"
    return sorted(v for v, _ in ranked[:k])


def _profile(rng, counts, lo=-V, hi=V):
    """A shuffled array in which distinct random values occur counts[0], counts[1], ... times."""
    values = rng.sample(range(lo, hi + 1), len(counts))
    nums = [v for v, c in zip(values, counts) for _ in range(c)]
    rng.shuffle(nums)
    return nums


def _pick_k(rng, nums):
    """A random k for which the answer is unique (k = number of distinct values always is)."""
    ranked = [c for _, c in Counter(nums).most_common()]
    good = [k for k in range(1, len(ranked) + 1) if k == len(ranked) or ranked[k - 1] > ranked[k]]
    return rng.choice(good)


def cases():
    out = [
        # statement examples
        {"args": [[4, 4, 4, 6, 6, 9], 2], "expected": [4, 6], "sample": True},
        {"args": [[-2], 1], "expected": [-2], "sample": True},
        {"args": [[8, 3, 8, 3, 5, 3], 1], "expected": [3], "sample": True},
        # hand-picked edges
        {"args": [[7], 1]},                               # smallest input
        {"args": [[3, 3, 3], 1]},                         # one value fills the array
        {"args": [[-1, -1, 2], 1]},
        {"args": [[4, 1, -2, 9], 4]},                     # all distinct, k = every value
        {"args": [[1, 2, 2, 3, 3, 3], 2]},
        {"args": [[1, 2, 2, 3, 3, 3], 3]},
        {"args": [[5, 5, 5, 1, 2, 3, 4], 1]},             # ties below the cut are fine
        {"args": [[1, 1, 2, 2, 3], 2]},                   # ties inside the answer
        {"args": [[-V, V, -V, 0, V, -V], 2]},             # extreme values
        {"args": [[0, 0, 0, 0, 7, 7, 7, 2, 2, 9], 3]},
        {"args": [[6, 6, 6, 6, 6, 1], 1]},
    ]
    rng = random.Random(347)
    for _ in range(8):  # small, brute-checked
        counts = [rng.randint(1, 6) for _ in range(rng.randint(1, 12))]
        nums = _profile(rng, counts, -20, 20)
        out.append({"args": [nums, _pick_k(rng, nums)]})
    for _ in range(2):
        counts = [rng.randint(1, 40) for _ in range(rng.randint(50, 300))]
        nums = _profile(rng, counts)
        out.append({"args": [nums, _pick_k(rng, nums)]})

    # maximum size
    # ~20000 distinct values with small counts: one count() scan per distinct value is far too slow
    counts = [rng.choice([1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) for _ in range(2 * V + 1)]
    counts = counts[:next(i for i in range(len(counts)) if sum(counts[:i + 1]) > N_MAX)]
    nums = _profile(rng, counts)
    out.append({"args": [nums, _pick_k(rng, nums)], "large": True})
    # every value in range once, a few values many times
    heavy = rng.sample(range(-V, V + 1), 50)
    nums = list(range(-V, V + 1)) + [v for i, v in enumerate(heavy) for _ in range(i + 2)]
    while len(nums) < N_MAX:
        nums.append(heavy[-1])
    rng.shuffle(nums)
    out.append({"args": [nums, 50], "large": True})
    # a hundred values with large distinct counts
    counts = rng.sample(range(1, 1900), 100)
    nums = _profile(rng, counts)
    out.append({"args": [nums, 37], "large": True})
    # one value everywhere
    out.append({"args": [[rng.randint(-V, V)] * N_MAX, 1], "large": True})

    for index, case in enumerate(out):
        nums, k = case["args"]
        assert 1 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums), index
        answer = _answer(nums, k)
        if "expected" in case:
            assert sorted(case["expected"]) == answer, index
        else:
            case["expected"] = answer
    return out
