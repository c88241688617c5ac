# expect: WA
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Jumps left to last[ch] + 1 even when that copy is already outside the window,
        # which can move left backwards (try "abba").
        last = {}
        left = best = 0
        for right, ch in enumerate(s):
            if ch in last:
                left = last[ch] + 1
            last[ch] = right
            best = max(best, right - left + 1)
        return best
