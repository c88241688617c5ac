# expect: WA
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Bug: the cost of a link is the Manhattan distance, not the straight-line distance.
        n = len(points)
        best = [float("inf")] * n
        best[0] = 0
        done = [False] * n
        total = 0
        for _ in range(n):
            u = min((i for i in range(n) if not done[i]), key=best.__getitem__)
            done[u] = True
            total += best[u]
            for v in range(n):
                if not done[v]:
                    d = int(math.dist(points[u], points[v]))
                    if d < best[v]:
                        best[v] = d
        return total
