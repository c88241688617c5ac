# expect: WA
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Bug: links every point to its own nearest neighbour and sums those links. Pairs of
        # mutual nearest neighbours are counted twice and clusters may stay disconnected.
        n = len(points)
        if n == 1:
            return 0
        total = 0
        for i in range(n):
            total += min(abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
                         for j in range(n) if j != i)
        return total
