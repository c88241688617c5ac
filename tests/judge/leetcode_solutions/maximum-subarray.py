class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Divide and conquer (the follow-up): each segment reports (total, best prefix, best suffix,
        # best inside), and two halves combine in O(1), so the whole recursion is O(n).
        def solve(lo: int, hi: int):
            if lo == hi:
                x = nums[lo]
                return x, x, x, x
            mid = (lo + hi) // 2
            lt, lp, ls, lb = solve(lo, mid)
            rt, rp, rs, rb = solve(mid + 1, hi)
            return (lt + rt, max(lp, lt + rp), max(rs, rt + ls), max(lb, rb, ls + rp))

        return solve(0, len(nums) - 1)[3]
