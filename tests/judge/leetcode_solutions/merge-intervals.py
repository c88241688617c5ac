class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Sweep over events: +1 at each start, -1 just after each end (starts before ends at a
        # shared coordinate, so touching intervals join).
        events = []
        for s, e in intervals:
            events.append((s, 0))   # 0 sorts before 1: opening first
            events.append((e, 1))
        events.sort()
        res, depth, start = [], 0, 0
        for x, kind in events:
            if kind == 0:
                if depth == 0:
                    start = x
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    res.append([start, x])
        return res
