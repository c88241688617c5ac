# expect: WA
class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        res = []
        start, end = newInterval
        i, n = 0, len(intervals)
        while i < n and intervals[i][1] < start:
            res.append(intervals[i])
            i += 1
        while i < n and intervals[i][0] <= end:
            end = max(end, intervals[i][1])  # bug: the start of an absorbed interval is lost
            i += 1
        res.append([start, end])
        res.extend(intervals[i:])
        return res
