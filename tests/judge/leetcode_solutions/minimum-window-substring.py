class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Filtered sliding window: only positions holding characters of t are visited.
        need = Counter(t)
        required = len(need)
        filtered = [(i, c) for i, c in enumerate(s) if c in need]
        window = defaultdict(int)
        formed = 0
        lo = 0
        best = (inf, 0, 0)
        for hi in range(len(filtered)):
            end, c = filtered[hi]
            window[c] += 1
            if window[c] == need[c]:
                formed += 1
            while formed == required:
                start, d = filtered[lo]
                if end - start + 1 < best[0]:
                    best = (end - start + 1, start, end)
                window[d] -= 1
                if window[d] < need[d]:
                    formed -= 1
                lo += 1
        return "" if best[0] == inf else s[best[1]:best[2] + 1]
