# expect: WA
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Treats a sale as buying-ready on the next day: the cooldown is applied on the wrong transition
        # (hold is fed from sold instead of from rest).
        hold, sold, rest = -inf, 0, 0
        for p in prices:
            hold, sold, rest = max(hold, max(rest, sold) - p), hold + p, max(rest, sold)
        return max(sold, rest)
