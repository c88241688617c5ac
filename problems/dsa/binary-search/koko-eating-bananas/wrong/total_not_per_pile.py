# expect: WA
class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # Rounds the TOTAL up instead of each pile: leftovers of different piles cannot share an hour.
        lo, hi = 1, max(piles)
        total = sum(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            if (total + mid - 1) // mid <= h:
                hi = mid
            else:
                lo = mid + 1
        return lo
