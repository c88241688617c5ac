class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Backwards greedy: the goal moves left to any pad that can leap onto it.
        goal = len(nums) - 1
        for i in range(len(nums) - 2, -1, -1):
            if i + nums[i] >= goal:
                goal = i
        return goal == 0
