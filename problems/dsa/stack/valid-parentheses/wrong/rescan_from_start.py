# expect: TLE
class Solution:
    def isValid(self, s: str) -> bool:
        # Removes one adjacent matching pair at a time, rescanning from the start after each
        # removal: O(n^2) steps on deeply nested input.
        pairs = {"()", "[]", "{}"}
        while s:
            for i in range(len(s) - 1):
                if s[i:i + 2] in pairs:
                    s = s[:i] + s[i + 2:]
                    break
            else:
                return False
        return True
