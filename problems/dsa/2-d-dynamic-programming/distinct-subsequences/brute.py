class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # Try every set of len(t) positions of s.
        return sum(1 for picked in combinations(s, len(t)) if "".join(picked) == t)
