# expect: WA
class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        res = []
        start, end = newInterval
        placed = False
        for s, e in intervals:
            if e < start:
                res.append([s, e])
            elif s > end:
                if not placed:
                    res.append([start, end])
                    placed = True
                res.append([s, e])
            else:
                start, end = min(start, s), max(end, e)
        # bug: if no interval starts after the new one (or the list is empty), it is never added
        return res
