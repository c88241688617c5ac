class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {c: i for i, c in enumerate(s)}  # later indices overwrite earlier ones
        sizes = []
        start = end = 0
        for i, c in enumerate(s):
            if last[c] > end:
                end = last[c]
            if i == end:  # nothing seen since `start` occurs after i: close the piece
                sizes.append(i - start + 1)
                start = i + 1
        return sizes
