class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}  # character -> index of its latest occurrence
        left = best = 0
        for right, ch in enumerate(s):
            j = last.get(ch, -1)
            if j >= left:  # ch repeats inside the window: start just after its copy
                left = j + 1
            last[ch] = right
            if right - left + 1 > best:
                best = right - left + 1
        return best
