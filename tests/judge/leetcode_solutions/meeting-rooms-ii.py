class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Two pointers over sorted starts and sorted ends.
        starts = sorted(s for s, _ in intervals)
        ends = sorted(e for _, e in intervals)
        rooms = best = 0
        j = 0
        for s in starts:
            while ends[j] <= s:
                j += 1
                rooms -= 1
            rooms += 1
            best = max(best, rooms)
        return best
