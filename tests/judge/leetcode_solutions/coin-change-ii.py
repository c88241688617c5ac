class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        @cache
        def dfs(i: int, left: int) -> int:
            if left == 0:
                return 1
            if i == len(coins):
                return 0
            res = dfs(i + 1, left)
            if coins[i] <= left:
                res += dfs(i, left - coins[i])
            return res
        coins = sorted(coins, reverse=True)
        return dfs(0, amount)
