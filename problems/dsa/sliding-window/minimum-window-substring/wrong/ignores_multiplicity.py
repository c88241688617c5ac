# expect: WA
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Needs each DISTINCT character of t once, ignoring repeats in t.
        need = {c: 1 for c in set(t)}
        missing = len(need)
        left = 0
        best = None
        for right, ch in enumerate(s):
            if need.get(ch, 0) > 0:
                missing -= 1
            if ch in need:
                need[ch] -= 1
            while missing == 0:
                if best is None or right - left + 1 < len(best):
                    best = s[left:right + 1]
                c = s[left]
                if c in need:
                    need[c] += 1
                    if need[c] > 0:
                        missing += 1
                left += 1
        return best or ""
