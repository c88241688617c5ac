# expect: TLE
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        # Take-or-skip recursion without memo: 2^n branches when no partition exists.
        total = sum(nums)
        if total % 2:
            return False

        def go(i: int, left: int) -> bool:
            if left == 0:
                return True
            if i == len(nums) or left < 0:
                return False
            return go(i + 1, left - nums[i]) or go(i + 1, left)

        return go(0, total // 2)
