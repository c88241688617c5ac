# expect: WA
class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Counts back-to-back meetings (one ends as the next starts) as a conflict.
        ordered = sorted(intervals)
        return all(b[0] > a[1] for a, b in zip(ordered, ordered[1:]))
