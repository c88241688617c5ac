class Solution:
    def climbStairs(self, n: int) -> int:
        # Enumerate every route explicitly: count the stride sequences that land exactly on n.
        def count(pos: int) -> int:
            if pos == n:
                return 1
            if pos > n:
                return 0
            return count(pos + 1) + count(pos + 2)

        return count(0)
