# expect: TLE
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Correct, but counts the running meetings at every start separately: O(n^2).
        best = 0
        for t, _ in intervals:
            running = 0
            for s, e in intervals:
                if s <= t < e:
                    running += 1
            if running > best:
                best = running
        return best
