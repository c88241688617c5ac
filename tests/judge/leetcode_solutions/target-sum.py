class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        dp = Counter({0: 1})
        for x in nums:
            nxt = Counter()
            for s, k in dp.items():
                nxt[s + x] += k
                nxt[s - x] += k
            dp = nxt
        return dp[target]
