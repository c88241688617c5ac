class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        # A piece s[j:i] is allowed when none of its letters occurs outside it. DP over every
        # (j, i): most[i] = most pieces splitting s[:i] into allowed pieces; O(n^3) set checks.
        n = len(s)
        most = [0] + [-1] * n
        prev = [0] * (n + 1)
        for i in range(1, n + 1):
            for j in range(i):
                if most[j] < 0:
                    continue
                if set(s[j:i]) & set(s[:j] + s[i:]):
                    continue
                if most[j] + 1 > most[i]:
                    most[i], prev[i] = most[j] + 1, j
        sizes = []
        i = n
        while i > 0:
            sizes.append(i - prev[i])
            i = prev[i]
        return sizes[::-1]
