# expect: WA
class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # Requires finishing in FEWER than h hours; exactly h hours is allowed.
        lo, hi = 1, max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum((p + mid - 1) // mid for p in piles) < h:
                hi = mid
            else:
                lo = mid + 1
        return lo
