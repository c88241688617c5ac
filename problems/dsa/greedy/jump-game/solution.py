class Solution:
    def canJump(self, nums: List[int]) -> bool:
        last = len(nums) - 1
        reach = 0  # every index 0..reach is reachable
        for i, step in enumerate(nums):
            if i > reach:
                return False
            if i + step > reach:
                reach = i + step
                if reach >= last:
                    return True
        return True
