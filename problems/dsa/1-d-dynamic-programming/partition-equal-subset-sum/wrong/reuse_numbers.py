# expect: WA
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        # Updates the reachable array from low to high, so a bar can be counted several times.
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        reach = [True] + [False] * target
        for x in nums:
            for s in range(x, target + 1):
                if reach[s - x]:
                    reach[s] = True
        return reach[target]
