class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        # Try both sources for every character of s3, with no memo.
        if len(s1) + len(s2) != len(s3):
            return False

        def go(i: int, j: int) -> bool:
            if i + j == len(s3):
                return True
            c = s3[i + j]
            if i < len(s1) and s1[i] == c and go(i + 1, j):
                return True
            return j < len(s2) and s2[j] == c and go(i, j + 1)

        return go(0, 0)
