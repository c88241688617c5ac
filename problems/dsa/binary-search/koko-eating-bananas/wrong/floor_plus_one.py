# expect: WA
class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # p // k + 1 overcounts by one hour whenever k divides p exactly.
        lo, hi = 1, max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum(p // mid + 1 for p in piles) <= h:
                hi = mid
            else:
                lo = mid + 1
        return lo
