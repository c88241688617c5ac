# expect: WA
class Solution:
    def countSubstrings(self, s: str) -> int:
        # Only odd-length centres: misses every even-length palindrome.
        n = len(s)
        count = 0
        for c in range(n):
            lo, hi = c, c
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
        return count
