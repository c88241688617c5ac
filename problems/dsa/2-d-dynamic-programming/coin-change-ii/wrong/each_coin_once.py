# expect: WA
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Sweeps the amounts downward as in 0/1 knapsack: each coin value can then be used only once.
        ways = [1] + [0] * amount
        for c in coins:
            for a in range(amount, c - 1, -1):
                ways[a] += ways[a - c]
        return ways[amount]
