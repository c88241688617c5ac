# expect: TLE
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Removes each letter of s from a list copy of t: every removal is a linear scan.
        if len(s) != len(t):
            return False
        rest = list(t)
        for ch in s:
            try:
                rest.remove(ch)
            except ValueError:
                return False
        return True
