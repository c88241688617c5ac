# expect: WA
class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        # Looks letters up with s.index, which gives the FIRST occurrence, not the last one.
        sizes = []
        start = end = 0
        for i, c in enumerate(s):
            end = max(end, s.index(c))
            if i == end:
                sizes.append(i - start + 1)
                start = i + 1
        return sizes
