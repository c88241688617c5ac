# expect: WA
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Takes the most meetings any single meeting overlaps, plus one. Meetings overlapping the
        # same long meeting need not overlap each other.
        best = 0
        for s1, e1 in intervals:
            cnt = sum(1 for s2, e2 in intervals if s1 < e2 and s2 < e1)
            best = max(best, cnt)
        return best
