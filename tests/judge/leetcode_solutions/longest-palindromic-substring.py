class Solution:
    def longestPalindrome(self, s: str) -> str:
        # Interval DP: pal[i][j] is True when s[i..j] is a palindrome.
        n = len(s)
        pal = [[False] * n for _ in range(n)]
        start, length = 0, 1
        for i in range(n - 1, -1, -1):
            row, below = pal[i], pal[i + 1] if i + 1 < n else None
            row[i] = True
            for j in range(i + 1, n):
                if s[i] == s[j] and (j - i < 3 or below[j - 1]):
                    row[j] = True
                    if j - i + 1 > length:
                        start, length = i, j - i + 1
        return s[start:start + length]
