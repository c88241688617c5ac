# expect: WA
class Solution:
    def checkValidString(self, s: str) -> bool:
        # Range of possible open counts, but lo is allowed to go negative, so impossible states
        # (more closes than opens so far) count as reachable later on.
        lo = hi = 0
        for c in s:
            lo += 1 if c == "(" else -1
            hi += -1 if c == ")" else 1
            if hi < 0:
                return False
        return lo <= 0
