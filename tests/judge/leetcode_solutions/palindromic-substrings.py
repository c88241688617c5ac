class Solution:
    def countSubstrings(self, s: str) -> int:
        # Bottom-up table: dp[j] for the current start i says whether s[i..j] is a palindrome.
        n = len(s)
        total = 0
        prev = [False] * n  # row i + 1
        for i in range(n - 1, -1, -1):
            cur = [False] * n
            for j in range(i, n):
                if s[i] == s[j] and (j - i < 2 or prev[j - 1]):
                    cur[j] = True
                    total += 1
            prev = cur
        return total
