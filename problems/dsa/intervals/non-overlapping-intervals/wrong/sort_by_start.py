# expect: WA
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Sorts by start and always keeps the earlier interval on a clash: a long early interval
        # then blocks many short ones.
        removed = 0
        last_end = -inf
        for start, end in sorted(intervals):
            if start >= last_end:
                last_end = end
            else:
                removed += 1
        return removed
