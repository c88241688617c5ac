# expect: WA
class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # One-row DP updated left to right: a character of s can match two neighbouring positions
        # of t in the same step ("aa" in "a" + ... gets counted as if a letter were reused).
        n = len(t)
        ways = [1] + [0] * n
        for ch in s:
            for j in range(1, n + 1):
                if t[j - 1] == ch:
                    ways[j] += ways[j - 1]
        return ways[n]
