class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Every pair: two meetings overlap when each starts before the other ends.
        n = len(intervals)
        for i in range(n):
            for j in range(i + 1, n):
                a, b = intervals[i], intervals[j]
                if a[0] < b[1] and b[0] < a[1]:
                    return False
        return True
