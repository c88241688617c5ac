# expect: WA
class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # Answers whether t is a subsequence at all (0 or 1), not how many ways there are.
        it = iter(s)
        return 1 if all(ch in it for ch in t) else 0
