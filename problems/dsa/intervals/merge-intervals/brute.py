class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Repeatedly find any two overlapping intervals and replace them by their union, until
        # no pair overlaps.
        blocks = [list(iv) for iv in intervals]
        merged_something = True
        while merged_something:
            merged_something = False
            for i in range(len(blocks)):
                for j in range(i + 1, len(blocks)):
                    a, b = blocks[i], blocks[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        blocks[i] = [min(a[0], b[0]), max(a[1], b[1])]
                        blocks.pop(j)
                        merged_something = True
                        break
                if merged_something:
                    break
        return blocks
