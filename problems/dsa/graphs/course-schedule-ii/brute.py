class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        # Repeatedly take the smallest course whose prerequisites are all done.
        done = set()
        order = []
        while len(order) < numCourses:
            for c in range(numCourses):
                if c not in done and all(p in done for a, p in prerequisites if a == c):
                    done.add(c)
                    order.append(c)
                    break
            else:
                return []
        return order
