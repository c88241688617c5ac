class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # One window per target letter: longest window with at most k letters different from it.
        best = 0
        for letter in set(s):
            left = 0
            others = 0
            for right, ch in enumerate(s):
                if ch != letter:
                    others += 1
                while others > k:
                    if s[left] != letter:
                        others -= 1
                    left += 1
                best = max(best, right - left + 1)
        return best
