# expect: WA
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Always extends a block of the window's FIRST letter, instead of its most frequent one.
        best = 0
        n = len(s)
        left = 0
        while left < n:
            budget, right = k, left
            while right < n and (s[right] == s[left] or budget > 0):
                if s[right] != s[left]:
                    budget -= 1
                right += 1
            best = max(best, right - left)
            left += 1
            while left < n and s[left] == s[left - 1]:
                left += 1
        return best
