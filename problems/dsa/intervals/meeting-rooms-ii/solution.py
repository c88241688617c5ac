class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        ends = []  # min-heap of end times of the rooms in use
        for start, end in sorted(intervals):
            if ends and ends[0] <= start:
                heapreplace(ends, end)  # reuse the room that frees up first
            else:
                heappush(ends, end)
        return len(ends)
