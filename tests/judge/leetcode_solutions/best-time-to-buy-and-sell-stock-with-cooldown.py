class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        @cache
        def dfs(i: int, buying: bool) -> int:
            if i >= len(prices):
                return 0
            cd = dfs(i + 1, buying)
            if buying:
                return max(cd, dfs(i + 1, False) - prices[i])
            return max(cd, dfs(i + 2, True) + prices[i])
        return dfs(0, True)
