# expect: TLE
class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Rebuilds a Counter for every window: O(len(s1) * len(s2)).
        target = Counter(s1)
        m = len(s1)
        for i in range(len(s2) - m + 1):
            if Counter(s2[i:i + m]) == target:
                return True
        return False
