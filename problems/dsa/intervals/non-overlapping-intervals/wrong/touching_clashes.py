# expect: WA
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Treats intervals that merely touch ([1, 2] and [2, 3]) as overlapping.
        removed = 0
        last_end = -inf
        for start, end in sorted(intervals, key=lambda iv: iv[1]):
            if start > last_end:
                last_end = end
            else:
                removed += 1
        return removed
