class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        res = []
        start, end = newInterval
        i, n = 0, len(intervals)
        while i < n and intervals[i][1] < start:  # entirely before the new interval
            res.append(intervals[i])
            i += 1
        while i < n and intervals[i][0] <= end:  # overlaps (or touches): absorb it
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        res.append([start, end])
        res.extend(intervals[i:])  # entirely after
        return res
