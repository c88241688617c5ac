# expect: WA
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Longest common SUBSTRING: the matched characters are forced to be contiguous.
        best = 0
        prev = [0] * (len(text2) + 1)
        for ch in text1:
            cur = [0] * (len(text2) + 1)
            for j, other in enumerate(text2):
                if ch == other:
                    cur[j + 1] = prev[j] + 1
                    best = max(best, cur[j + 1])
            prev = cur
        return best
