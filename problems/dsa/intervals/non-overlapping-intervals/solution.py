class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        removed = 0
        last_end = -inf
        for start, end in sorted(intervals, key=lambda iv: iv[1]):
            if start >= last_end:
                last_end = end  # keep the interval that finishes first
            else:
                removed += 1
        return removed
