# expect: TLE
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Right choices, no memo: every (day, holding) state is explored again for every path to it.
        n = len(prices)

        def best(day: int, holding: bool) -> int:
            if day >= n:
                return 0
            skip = best(day + 1, holding)
            if holding:
                return max(skip, prices[day] + best(day + 2, False))
            return max(skip, best(day + 1, True) - prices[day])

        return best(0, False)
