# expect: WA
class Solution:
    def isPalindrome(self, s: str) -> bool:
        # isalpha() drops digits, but digits must be compared too.
        cleaned = [c.lower() for c in s if c.isalpha()]
        return cleaned == cleaned[::-1]
