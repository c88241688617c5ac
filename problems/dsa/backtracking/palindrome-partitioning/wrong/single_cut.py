# expect: WA
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        # Bug: only considers a palindromic prefix followed by single letters.
        res = []
        for j in range(1, len(s) + 1):
            if s[:j] == s[:j][::-1]:
                res.append([s[:j]] + list(s[j:]))
        return res
