class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Mark every pad reachable from an already reachable pad, one leap length at a time.
        n = len(nums)
        ok = [False] * n
        ok[0] = True
        for i in range(n):
            if ok[i]:
                for j in range(i + 1, min(n, i + nums[i] + 1)):
                    ok[j] = True
        return ok[-1]
