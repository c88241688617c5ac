class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Kadane's algorithm on day-to-day price changes.
        best = cur = 0
        for a, b in zip(prices, prices[1:]):
            cur = max(0, cur + b - a)
            best = max(best, cur)
        return best
