# expect: TLE
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Builds a set for every one of the ~n^2/2 substrings.
        best = 0
        n = len(s)
        for i in range(n):
            for j in range(i, n):
                if len(set(s[i:j + 1])) == j - i + 1:
                    best = max(best, j - i + 1)
        return best
