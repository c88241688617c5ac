# expect: TLE
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        # Rescans all pairs to pick each next course: O(V * E).
        remaining = set(range(numCourses))
        order = []
        while remaining:
            blocked = {a for a, b in prerequisites if b in remaining}
            free = next((c for c in remaining if c not in blocked), None)
            if free is None:
                return []
            remaining.discard(free)
            order.append(free)
        return order
