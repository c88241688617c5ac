# expect: TLE
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # Right idea without memoisation: "aaa...ab" with words a, aa, aaa, ... explores
        # exponentially many splits before failing.
        words = set(wordDict)

        def can(i: int) -> bool:
            if i == len(s):
                return True
            for j in range(i + 1, min(len(s), i + 20) + 1):
                if s[i:j] in words and can(j):
                    return True
            return False

        return can(0)
