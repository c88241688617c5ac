# expect: WA
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Returns the last edge whose endpoints both have degree >= 2, which need not lie on the cycle.
        degree = Counter()
        for a, b in edges:
            degree[a] += 1
            degree[b] += 1
        for a, b in reversed(edges):
            if degree[a] >= 2 and degree[b] >= 2:
                return [a, b]
        return edges[-1]
