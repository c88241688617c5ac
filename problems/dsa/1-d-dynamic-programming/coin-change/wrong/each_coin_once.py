# expect: WA
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Iterates the amounts downwards, as in 0/1 knapsack: each denomination can be used only once.
        NONE = amount + 1
        best = [0] + [NONE] * amount
        for c in coins:
            for a in range(amount, c - 1, -1):
                best[a] = min(best[a], best[a - c] + 1)
        return best[amount] if best[amount] != NONE else -1
