# expect: WA
class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        # Reads '*' as a shell glob (any sequence) that ALSO keeps the previous element required.
        @cache
        def go(i: int, j: int) -> bool:
            if j == len(p):
                return i == len(s)
            if p[j] == "*":
                return go(i, j + 1) or (i < len(s) and go(i + 1, j))
            return i < len(s) and p[j] in (s[i], ".") and go(i + 1, j + 1)

        return go(0, 0)
