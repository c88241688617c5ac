# expect: WA
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Uses `amount` itself as "unreachable": a real answer of exactly `amount` coins (all 1s, or
        # amount 0) is then reported as -1.
        best = [0] + [amount] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a:
                    best[a] = min(best[a], best[a - c] + 1)
        return best[amount] if best[amount] != amount else -1
