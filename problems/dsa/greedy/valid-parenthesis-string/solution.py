class Solution:
    def checkValidString(self, s: str) -> bool:
        lo = hi = 0  # the open-bracket count can be any value in lo..hi
        for c in s:
            if c == "(":
                lo += 1
                hi += 1
            elif c == ")":
                lo -= 1
                hi -= 1
            else:  # '*': one fewer, unchanged, or one more
                lo -= 1
                hi += 1
            if hi < 0:
                return False
            if lo < 0:
                lo = 0
        return lo == 0
