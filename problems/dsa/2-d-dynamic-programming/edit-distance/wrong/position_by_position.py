# expect: WA
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # Aligns the words at the start: mismatches are replaced and the length gap is inserted or
        # deleted at the end. Misses shifts ("flaw" -> "lawn" costs 2, not 4).
        mismatches = sum(a != b for a, b in zip(word1, word2))
        return mismatches + abs(len(word1) - len(word2))
