# expect: TLE
class Solution:
    def rob(self, nums: List[int]) -> int:
        # Take-or-skip recursion with no memo, run for both circle cases: exponential.
        n = len(nums)
        if n == 1:
            return nums[0]

        def go(i: int, end: int) -> int:
            if i >= end:
                return 0
            return max(go(i + 1, end), nums[i] + go(i + 2, end))

        return max(go(0, n - 1), go(1, n))
