# expect: WA
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Asks to get PAST the last pad (reach >= n) instead of onto it (reach >= n - 1).
        reach = 0
        for i, step in enumerate(nums):
            if i > reach:
                return False
            reach = max(reach, i + step)
        return reach >= len(nums)
