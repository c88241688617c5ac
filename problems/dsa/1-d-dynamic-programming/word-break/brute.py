class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # Try every split point recursively, no memo.
        words = set(wordDict)

        def can(i: int) -> bool:
            if i == len(s):
                return True
            return any(s[i:j] in words and can(j) for j in range(i + 1, len(s) + 1))

        return can(0)
