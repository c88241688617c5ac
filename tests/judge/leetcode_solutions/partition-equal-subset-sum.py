class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        can = [True] + [False] * target
        for x in nums:
            for s in range(target, x - 1, -1):
                if can[s - x]:
                    can[s] = True
            if can[target]:
                return True
        return can[target]
