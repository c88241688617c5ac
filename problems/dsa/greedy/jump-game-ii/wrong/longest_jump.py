# expect: WA
class Solution:
    def jump(self, nums: List[int]) -> int:
        # Always takes the longest jump available, which can land on a poor stone.
        i, jumps = 0, 0
        while i < len(nums) - 1:
            if nums[i] == 0:
                return -1
            i = min(len(nums) - 1, i + nums[i])
            jumps += 1
        return jumps
