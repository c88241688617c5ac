# expect: WA
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Only looks for mutual prerequisites [a, b] and [b, a]; longer cycles slip through.
        pairs = {(a, b) for a, b in prerequisites}
        return not any((b, a) in pairs for a, b in pairs)
