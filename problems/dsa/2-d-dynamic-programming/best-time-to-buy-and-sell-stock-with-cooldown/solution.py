class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        hold = -inf  # best profit while owning a share
        sold = 0  # best profit having sold today (cooldown tomorrow)
        rest = 0  # best profit with no share and free to buy
        for p in prices:
            hold, sold, rest = max(hold, rest - p), hold + p, max(rest, sold)
        return max(sold, rest)
