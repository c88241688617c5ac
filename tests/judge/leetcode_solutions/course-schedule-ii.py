import sys


class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        sys.setrecursionlimit(10000)
        needs = defaultdict(list)
        for a, b in prerequisites:
            needs[a].append(b)
        state = [0] * numCourses
        order = []

        def visit(c: int) -> bool:
            if state[c] == 1:
                return False
            if state[c] == 2:
                return True
            state[c] = 1
            if not all(visit(p) for p in needs[c]):
                return False
            state[c] = 2
            order.append(c)
            return True

        for c in range(numCourses):
            if not visit(c):
                return []
        return order
