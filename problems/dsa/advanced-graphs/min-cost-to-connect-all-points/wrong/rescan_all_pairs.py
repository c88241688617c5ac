# expect: TLE
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Prim without remembering anything: every step rescans all (inside, outside) pairs to
        # find the cheapest edge leaving the tree. O(n^3) in total.
        n = len(points)
        inside = [0]
        outside = set(range(1, n))
        total = 0
        while outside:
            best, pick = float("inf"), -1
            for i in inside:
                xi, yi = points[i]
                for j in outside:
                    d = abs(xi - points[j][0]) + abs(yi - points[j][1])
                    if d < best:
                        best, pick = d, j
            total += best
            inside.append(pick)
            outside.remove(pick)
        return total
