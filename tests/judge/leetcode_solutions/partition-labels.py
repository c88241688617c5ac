class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        first, last = {}, {}
        for i, ch in enumerate(s):
            if ch not in first:
                first[ch] = i
            last[ch] = i
        spans = sorted((first[ch], last[ch]) for ch in first)
        res = []
        lo, hi = spans[0]
        for a, b in spans[1:]:
            if a > hi:
                res.append(hi - lo + 1)
                lo, hi = a, b
            else:
                hi = max(hi, b)
        res.append(hi - lo + 1)
        return res
