# expect: TLE
class Solution:
    def longestPalindrome(self, s: str) -> str:
        # All O(n^2) substrings, each tested character by character: O(n^3).
        n = len(s)
        best = s[0]
        for i in range(n):
            for j in range(i + 1, n):
                lo, hi = i, j
                while lo < hi and s[lo] == s[hi]:
                    lo += 1
                    hi -= 1
                if lo >= hi and j - i + 1 > len(best):
                    best = s[i:j + 1]
        return best
