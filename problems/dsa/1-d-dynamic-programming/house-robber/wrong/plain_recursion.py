# expect: TLE
class Solution:
    def rob(self, nums: List[int]) -> int:
        # Take-or-skip recursion with no memo: about 1.6^n calls for n = 100.
        def go(i: int) -> int:
            if i >= len(nums):
                return 0
            return max(go(i + 1), nums[i] + go(i + 2))

        return go(0)
