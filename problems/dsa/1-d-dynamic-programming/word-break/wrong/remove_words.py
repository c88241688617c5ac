# expect: WA
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # Deletes dictionary words from the string, longest first, and checks whether anything is left:
        # removing a word from the middle glues unrelated letters together.
        for w in sorted(wordDict, key=len, reverse=True):
            s = s.replace(w, "")
        return s == ""
