# expect: WA
class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Compares neighbours in the given order without sorting first.
        return all(b[0] >= a[1] for a, b in zip(intervals, intervals[1:]))
