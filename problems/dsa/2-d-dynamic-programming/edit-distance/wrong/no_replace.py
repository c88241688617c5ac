# expect: WA
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # Forgets the replace edit: only insertions and deletions, i.e. m + n - 2 * LCS.
        n = len(word2)
        prev = [0] * (n + 1)
        for a in word1:
            cur = [0] * (n + 1)
            for j, b in enumerate(word2, 1):
                cur[j] = prev[j - 1] + 1 if a == b else max(prev[j], cur[j - 1])
            prev = cur
        return len(word1) + n - 2 * prev[n]
