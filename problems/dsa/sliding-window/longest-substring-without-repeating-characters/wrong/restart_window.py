# expect: WA
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # On a repeat, throws the whole window away and restarts at the current character,
        # losing the characters between the two copies (try "dvdf").
        seen = set()
        best = 0
        for ch in s:
            if ch in seen:
                seen = set()
            seen.add(ch)
            best = max(best, len(seen))
        return best
