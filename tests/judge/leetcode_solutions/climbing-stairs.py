class Solution:
    def climbStairs(self, n: int) -> int:
        # Count routes by how many double strides k they use: choose which of the n - k strides are doubles.
        return sum(comb(n - k, k) for k in range(n // 2 + 1))
