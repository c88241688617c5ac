class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Floyd-Warshall: all-pairs shortest paths in O(n^3), then read row k.
        INF = float("inf")
        d = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
        for u, v, w in times:
            d[u][v] = min(d[u][v], w)
        for m in range(1, n + 1):
            for i in range(1, n + 1):
                for j in range(1, n + 1):
                    if d[i][m] + d[m][j] < d[i][j]:
                        d[i][j] = d[i][m] + d[m][j]
        worst = max(d[k][1:])
        return -1 if worst == INF else worst
