class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        NONE = amount + 1  # more coins than any real answer could use
        best = [0] + [NONE] * amount  # best[a]: fewest coins summing to exactly a
        for c in coins:
            for a in range(c, amount + 1):
                cand = best[a - c] + 1
                if cand < best[a]:
                    best[a] = cand
        return best[amount] if best[amount] != NONE else -1
