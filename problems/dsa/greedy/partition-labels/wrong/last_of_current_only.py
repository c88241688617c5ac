# expect: WA
class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        # Moves the end of the piece to the current letter's last index instead of the furthest
        # last index seen so far, so a short letter can close a piece a longer one still needs.
        last = {c: i for i, c in enumerate(s)}
        sizes = []
        start = 0
        for i, c in enumerate(s):
            end = last[c]
            if i == end:
                sizes.append(i - start + 1)
                start = i + 1
        return sizes
