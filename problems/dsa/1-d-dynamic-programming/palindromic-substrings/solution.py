class Solution:
    def countSubstrings(self, s: str) -> int:
        n = len(s)
        count = 0
        for centre in range(2 * n - 1):
            lo, hi = centre // 2, (centre + 1) // 2  # odd centres: lo == hi; even: neighbours
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
        return count
