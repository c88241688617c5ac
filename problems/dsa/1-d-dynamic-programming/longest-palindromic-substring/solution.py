class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        best_lo, best_hi = 0, 0  # s[best_lo:best_hi + 1] is the best palindrome so far
        for centre in range(2 * n - 1):
            lo, hi = centre // 2, (centre + 1) // 2  # odd centres: lo == hi; even: neighbours
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 2 > best_hi - best_lo:
                best_lo, best_hi = lo + 1, hi - 1
        return s[best_lo:best_hi + 1]
