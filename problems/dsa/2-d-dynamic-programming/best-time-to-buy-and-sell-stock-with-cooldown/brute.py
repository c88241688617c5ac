class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Try every plan: on each day do nothing, buy (when free and not cooling down) or sell.
        n = len(prices)
        best = 0

        def go(day: int, holding: bool, cooldown: bool, profit: int) -> None:
            nonlocal best
            if day == n:
                best = max(best, profit)
                return
            go(day + 1, holding, False, profit)
            if holding:
                go(day + 1, False, True, profit + prices[day])
            elif not cooldown:
                go(day + 1, True, False, profit - prices[day])

        go(0, False, False, 0)
        return best
