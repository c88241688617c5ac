# expect: WA
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Ignores the cooldown: collects every upward move as if a rebuy the next day were allowed.
        return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
