# expect: TLE
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Repeatedly scans the whole prerequisite list to find a course with no remaining
        # requirement: O(V * E) scans, each removing one course.
        remaining = set(range(numCourses))
        pairs = list(prerequisites)
        while remaining:
            blocked = {a for a, b in pairs if b in remaining}
            free = next((c for c in remaining if c not in blocked), None)
            if free is None:
                return False
            remaining.discard(free)
        return True
