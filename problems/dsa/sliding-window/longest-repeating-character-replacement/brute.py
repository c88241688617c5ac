class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        best = 0
        for i in range(len(s)):
            counts = {}
            top = 0
            for j in range(i, len(s)):
                counts[s[j]] = counts.get(s[j], 0) + 1
                top = max(top, counts[s[j]])
                if j - i + 1 - top <= k:
                    best = max(best, j - i + 1)
        return best
