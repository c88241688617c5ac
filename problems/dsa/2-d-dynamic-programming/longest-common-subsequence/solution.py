class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        if len(text1) < len(text2):
            text1, text2 = text2, text1  # keep the rows as short as possible
        prev = [0] * (len(text2) + 1)  # prev[j]: LCS of the text1 prefix so far and text2[:j]
        for ch in text1:
            cur = [0]
            left = 0
            for j, other in enumerate(text2):
                if ch == other:
                    left = prev[j] + 1
                else:
                    up = prev[j + 1]
                    if up > left:
                        left = up
                cur.append(left)
            prev = cur
        return prev[-1]
