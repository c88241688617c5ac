# expect: WA
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Always buys at the overall lowest price; a higher but earlier dip can earn more.
        i = prices.index(min(prices))
        return max(prices[i:]) - prices[i]
