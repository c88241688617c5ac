class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Kruskal: sort every pair by distance, keep an edge when it joins two components.
        n = len(points)
        edges = sorted((abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]), i, j)
                       for i in range(n) for j in range(i + 1, n))
        parent = list(range(n))

        def find(x: int) -> int:
            while parent[x] != x:
                x = parent[x]
            return x

        total = 0
        for d, i, j in edges:
            a, b = find(i), find(j)
            if a != b:
                parent[a] = b
                total += d
        return total
