# expect: WA
class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Checks that s2 has enough of every letter overall, not inside one contiguous window.
        have = Counter(s2)
        return all(have[c] >= k for c, k in Counter(s1).items())
