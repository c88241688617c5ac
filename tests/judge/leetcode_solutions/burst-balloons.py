class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        v = [1] + nums + [1]

        @cache
        def dfs(l: int, r: int) -> int:
            if l > r:
                return 0
            res = 0
            for i in range(l, r + 1):
                coins = v[l - 1] * v[i] * v[r + 1] + dfs(l, i - 1) + dfs(i + 1, r)
                res = max(res, coins)
            return res

        return dfs(1, len(v) - 2)
