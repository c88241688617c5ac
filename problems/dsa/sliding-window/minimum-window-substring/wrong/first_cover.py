# expect: WA
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Shrinks only the FIRST window that covers t, and stops there.
        need = Counter(t)
        missing = len(t)
        left = 0
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                return s[left:right + 1]
        return ""
