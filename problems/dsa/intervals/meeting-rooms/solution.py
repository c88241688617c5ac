class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        ordered = sorted(intervals)
        for (_, prev_end), (start, _) in zip(ordered, ordered[1:]):
            if start < prev_end:
                return False
        return True
