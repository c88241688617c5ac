# expect: WA
class Solution:
    def countSubstrings(self, s: str) -> int:
        # Counts DISTINCT palindromic strings instead of positions: "aa" gives 2 instead of 3.
        seen = set()
        n = len(s)
        for c in range(2 * n - 1):
            lo, hi = c // 2, (c + 1) // 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                seen.add(s[lo:hi + 1])
                lo -= 1
                hi += 1
        return len(seen)
