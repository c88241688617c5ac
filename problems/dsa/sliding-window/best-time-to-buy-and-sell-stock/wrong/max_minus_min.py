# expect: WA
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Ignores the order of days: the maximum may come before the minimum.
        return max(prices) - min(prices)
