# expect: TLE
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Take-or-skip recursion without a memo: the same (coin, remainder) pairs are recounted
        # along every path that reaches them.
        def count(i: int, left: int) -> int:
            if left == 0:
                return 1
            if i == len(coins) or left < 0:
                return 0
            return count(i, left - coins[i]) + count(i + 1, left)

        return count(0, amount)
