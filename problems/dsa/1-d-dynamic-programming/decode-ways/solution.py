class Solution:
    def numDecodings(self, s: str) -> int:
        # prev2 = ways for s[:i - 1], prev1 = ways for s[:i]
        prev2, prev1 = 0, 1
        for i, ch in enumerate(s):
            cur = prev1 if ch != "0" else 0
            if i > 0 and 10 <= int(s[i - 1:i + 1]) <= 26:
                cur += prev2
            prev2, prev1 = prev1, cur
        return prev1
