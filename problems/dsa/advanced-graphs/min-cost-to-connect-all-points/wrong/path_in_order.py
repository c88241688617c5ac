# expect: WA
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Bug: greedily walks to the nearest unvisited point from the CURRENT point (a
        # travelling-salesman style path) instead of from any point already connected.
        n = len(points)
        visited = [False] * n
        visited[0] = True
        cur, total = 0, 0
        for _ in range(n - 1):
            best, pick = float("inf"), -1
            for j in range(n):
                if not visited[j]:
                    d = abs(points[cur][0] - points[j][0]) + abs(points[cur][1] - points[j][1])
                    if d < best:
                        best, pick = d, j
            visited[pick] = True
            total += best
            cur = pick
        return total
