# expect: TLE
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # From every start, extend until the window covers t: O(|s|^2).
        need = Counter(t)
        best = ""
        for i in range(len(s)):
            missing = len(t)
            left = dict(need)
            for j in range(i, len(s)):
                c = s[j]
                if left.get(c, 0) > 0:
                    missing -= 1
                if c in left:
                    left[c] -= 1
                if missing == 0:
                    if not best or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
        return best
