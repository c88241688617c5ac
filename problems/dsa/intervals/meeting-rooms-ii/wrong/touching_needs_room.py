# expect: WA
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Only reuses a room when it frees up strictly before the next start.
        ends = []
        for start, end in sorted(intervals):
            if ends and ends[0] < start:
                heapreplace(ends, end)
            else:
                heappush(ends, end)
        return len(ends)
