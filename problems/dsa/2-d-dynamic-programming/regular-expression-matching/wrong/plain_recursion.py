# expect: TLE
class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        # Direct recursion without a memo: runs of x* items retry every split of the text.
        if not p:
            return not s
        first = bool(s) and p[0] in (s[0], ".")
        if len(p) > 1 and p[1] == "*":
            return self.isMatch(s, p[2:]) or (first and self.isMatch(s[1:], p))
        return first and self.isMatch(s[1:], p[1:])
