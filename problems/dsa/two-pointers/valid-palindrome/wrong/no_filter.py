# expect: WA
class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Lower-cases but keeps spaces and punctuation in the comparison.
        t = s.lower()
        return t == t[::-1]
