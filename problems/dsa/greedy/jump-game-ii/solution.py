class Solution:
    def jump(self, nums: List[int]) -> int:
        jumps = 0
        level_end = 0  # last index reachable with `jumps` jumps
        farthest = 0  # last index reachable with `jumps + 1` jumps
        for i in range(len(nums) - 1):
            if i + nums[i] > farthest:
                farthest = i + nums[i]
            if i == level_end:
                jumps += 1
                level_end = farthest
        return jumps
