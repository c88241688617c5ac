# expect: WA
class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Compares the SET of letters in each window, ignoring how many times each appears.
        target = set(s1)
        m = len(s1)
        return any(set(s2[i:i + m]) == target for i in range(len(s2) - m + 1))
