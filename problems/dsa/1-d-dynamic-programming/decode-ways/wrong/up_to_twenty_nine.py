# expect: WA
class Solution:
    def numDecodings(self, s: str) -> int:
        # Checks only that the first digit of a pair is 1 or 2, so 27, 28 and 29 count as letters.
        prev2, prev1 = 0, 1
        for i, ch in enumerate(s):
            cur = prev1 if ch != "0" else 0
            if i > 0 and s[i - 1] in "12":
                cur += prev2
            prev2, prev1 = prev1, cur
        return prev1
