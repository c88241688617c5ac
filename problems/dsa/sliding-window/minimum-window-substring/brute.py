class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        n = len(s)
        for length in range(len(t), n + 1):
            for i in range(n - length + 1):
                have = Counter(s[i:i + length])
                if all(have[c] >= k for c, k in need.items()):
                    return s[i:i + length]
        return ""
