# expect: TLE
class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Recursion over which balloon to pop next, keyed on nothing: n! orders.
        def go(row: tuple) -> int:
            best = 0
            for p in range(len(row)):
                left = row[p - 1] if p > 0 else 1
                right = row[p + 1] if p + 1 < len(row) else 1
                best = max(best, left * row[p] * right + go(row[:p] + row[p + 1:]))
            return best

        return go(tuple(nums))
