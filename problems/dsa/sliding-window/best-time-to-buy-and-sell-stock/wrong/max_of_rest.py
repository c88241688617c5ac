# expect: TLE
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # One line per buy day, but max() over the rest of the list is itself O(n): O(n^2) total.
        best = 0
        for i in range(len(prices) - 1):
            best = max(best, max(prices[i + 1:]) - prices[i])
        return best
