class Solution:
    def isPalindrome(self, s: str) -> bool:
        t = "".join(filter(str.isalnum, s)).lower()
        return all(t[i] == t[~i] for i in range(len(t) // 2))
