# expect: TLE
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Tries every start and extends as far as possible: O(n^2).
        best = 0
        n = len(s)
        for i in range(n):
            counts = [0] * 26
            top = 0
            for j in range(i, n):
                c = ord(s[j]) - 65
                counts[c] += 1
                if counts[c] > top:
                    top = counts[c]
                if j - i + 1 - top > k:
                    break
                if j - i + 1 > best:
                    best = j - i + 1
        return best
