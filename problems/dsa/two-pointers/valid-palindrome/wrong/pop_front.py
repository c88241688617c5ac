# expect: TLE
class Solution:
    def isPalindrome(self, s: str) -> bool:
        # list.pop(0) shifts every remaining element: O(n^2) on a long palindrome.
        chars = [c.lower() for c in s if c.isalnum()]
        while len(chars) > 1:
            if chars.pop(0) != chars.pop():
                return False
        return True
