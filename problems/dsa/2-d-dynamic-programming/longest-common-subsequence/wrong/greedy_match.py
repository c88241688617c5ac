# expect: WA
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Matches each character of text1 at its next occurrence in text2: an early match can block
        # better ones ("zab" vs "abz" gives 1, not 2).
        pos = 0
        count = 0
        for ch in text1:
            k = text2.find(ch, pos)
            if k != -1:
                count += 1
                pos = k + 1
        return count
