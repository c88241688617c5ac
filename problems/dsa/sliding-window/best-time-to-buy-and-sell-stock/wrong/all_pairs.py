# expect: TLE
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Correct, but tries every (buy, sell) pair: about 5 * 10^9 pairs at n = 10^5.
        best = 0
        n = len(prices)
        for i in range(n):
            for j in range(i + 1, n):
                if prices[j] - prices[i] > best:
                    best = prices[j] - prices[i]
        return best
