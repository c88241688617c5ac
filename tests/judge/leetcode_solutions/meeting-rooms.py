class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Sweep over events; ends sort before starts at the same time, so touching is fine.
        events = []
        for s, e in intervals:
            events.append((s, 1))
            events.append((e, -1))
        events.sort()
        busy = 0
        for _, delta in events:
            busy += delta
            if busy > 1:
                return False
        return True
