# expect: WA
class Solution:
    def numDecodings(self, s: str) -> int:
        # Lets a lone '0' be a letter and accepts two-digit pieces with a leading zero ("05").
        prev2, prev1 = 0, 1
        for i in range(len(s)):
            cur = prev1
            if i > 0 and int(s[i - 1:i + 1]) <= 26:
                cur += prev2
            prev2, prev1 = prev1, cur
        return prev1
