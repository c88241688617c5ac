# expect: WA
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Counts the letters both strings contain (with multiplicity) but ignores their order.
        return sum((Counter(text1) & Counter(text2)).values())
