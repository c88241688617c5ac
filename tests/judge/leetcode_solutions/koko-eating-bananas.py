class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # bisect over the speeds with a key function (Python 3.10+): False (too slow) ... True (fast enough).
        def fast_enough(k):
            return sum(-(-p // k) for p in piles) <= h

        return bisect_left(range(1, max(piles) + 1), True, key=fast_enough) + 1
