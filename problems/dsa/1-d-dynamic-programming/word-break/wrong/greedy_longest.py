# expect: WA
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # Greedy: always take the longest word matching at the current position, never backtrack.
        words = sorted(set(wordDict), key=len, reverse=True)
        i = 0
        while i < len(s):
            for w in words:
                if s.startswith(w, i):
                    i += len(w)
                    break
            else:
                return False
        return True
