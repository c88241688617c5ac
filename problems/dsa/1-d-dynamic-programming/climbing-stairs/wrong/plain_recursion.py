# expect: TLE
class Solution:
    def climbStairs(self, n: int) -> int:
        # The right recurrence without memoisation: about 1.6^n calls, hopeless for n = 45.
        if n <= 2:
            return n
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
