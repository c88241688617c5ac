# expect: WA
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Compares which letters occur, ignoring how many times.
        return set(s) == set(t)
