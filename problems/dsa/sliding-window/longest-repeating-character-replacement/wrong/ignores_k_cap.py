# expect: WA
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Adds k to the most frequent letter's total count, as if all its copies were adjacent.
        return min(len(s), max(Counter(s).values()) + k)
