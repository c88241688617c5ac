class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Lazy Prim with a heap of (cost, point) candidates.
        n = len(points)
        in_tree = [False] * n
        heap = [(0, 0)]
        total = added = 0
        while added < n:
            cost, i = heappop(heap)
            if in_tree[i]:
                continue
            in_tree[i] = True
            total += cost
            added += 1
            xi, yi = points[i]
            for j in range(n):
                if not in_tree[j]:
                    heappush(heap, (abs(xi - points[j][0]) + abs(yi - points[j][1]), j))
        return total
