# expect: TLE
class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Every pair of meetings: O(n^2), 5 * 10^7 pair checks at n = 10^4 when nothing clashes.
        n = len(intervals)
        for i in range(n):
            s1, e1 = intervals[i]
            for j in range(i + 1, n):
                s2, e2 = intervals[j]
                if s1 < e2 and s2 < e1:
                    return False
        return True
