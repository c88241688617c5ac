# expect: TLE
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Right recurrence, no memo: the same remainders are solved again and again (exponential).
        def fewest(left: int) -> int:
            if left == 0:
                return 0
            best = -1
            for c in coins:
                if c <= left:
                    sub = fewest(left - c)
                    if sub != -1 and (best == -1 or sub + 1 < best):
                        best = sub + 1
            return best

        return fewest(amount)
