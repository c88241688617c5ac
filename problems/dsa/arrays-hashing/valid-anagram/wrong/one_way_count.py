# expect: WA
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Only checks that every letter of s is available in t: forgets the length check.
        pool = Counter(t)
        for ch in s:
            if pool[ch] == 0:
                return False
            pool[ch] -= 1
        return True
