# expect: WA
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Amount loop outside, coin loop inside: 1+3 and 3+1 are counted as different ways.
        ways = [1] + [0] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a:
                    ways[a] += ways[a - c]
        return ways[amount]
