# expect: WA
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Greedy: always take as many of the biggest coin as fit. Fine for euro coins, not in general.
        used = 0
        for c in sorted(coins, reverse=True):
            used += amount // c
            amount %= c
        return used if amount == 0 else -1
