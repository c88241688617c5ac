class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        # Binary search the overlapping block: intervals are sorted by start AND by end.
        s, e = newInterval
        starts = [iv[0] for iv in intervals]
        ends = [iv[1] for iv in intervals]
        lo = bisect_left(ends, s)     # first interval that ends at or after s
        hi = bisect_right(starts, e)  # first interval that starts after e
        if lo < hi:
            s = min(s, intervals[lo][0])
            e = max(e, intervals[hi - 1][1])
        return intervals[:lo] + [[s, e]] + intervals[hi:]
