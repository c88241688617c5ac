# expect: WA
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # Starts best at 0, as if the empty block were allowed: wrong for [-4] or [-2, 5, -9, ...].
        best = 0
        hi = lo = 1
        for x in nums:
            a, b = hi * x, lo * x
            hi, lo = max(x, a, b), min(x, a, b)
            best = max(best, hi)
        return best
