class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # The busiest moment is some meeting's start: count the meetings running at each start.
        return max(sum(1 for s, e in intervals if s <= t < e) for t, _ in intervals)
