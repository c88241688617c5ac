class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Every subsequence of the shorter string, longest first; the first one found in the other wins.
        if len(text1) > len(text2):
            text1, text2 = text2, text1

        def inside(sub, text) -> bool:
            it = iter(text)
            return all(ch in it for ch in sub)

        for size in range(len(text1), 0, -1):
            for picked in combinations(text1, size):
                if inside(picked, text2):
                    return size
        return 0
