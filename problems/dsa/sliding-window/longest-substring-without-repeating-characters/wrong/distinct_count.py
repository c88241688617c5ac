# expect: WA
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Counts the distinct characters of the whole string, ignoring contiguity.
        return len(set(s))
