class Solution:
    def longestPalindrome(self, s: str) -> str:
        # Every substring, longest first; return the first that equals its reverse.
        n = len(s)
        for length in range(n, 0, -1):
            for i in range(n - length + 1):
                t = s[i:i + length]
                if t == t[::-1]:
                    return t
        return ""
