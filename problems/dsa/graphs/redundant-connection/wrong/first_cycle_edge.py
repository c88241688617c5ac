# expect: WA
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Finds the cycle correctly but returns its FIRST edge in input order instead of the last.
        n = len(edges)
        graph = {v: [] for v in range(1, n + 1)}
        for a, b in edges:
            graph[a].append(b)
            graph[b].append(a)
        # peel leaves until only the cycle remains
        degree = {v: len(graph[v]) for v in graph}
        leaves = [v for v in graph if degree[v] == 1]
        removed = set()
        while leaves:
            v = leaves.pop()
            removed.add(v)
            for u in graph[v]:
                if u not in removed:
                    degree[u] -= 1
                    if degree[u] == 1:
                        leaves.append(u)
        for a, b in edges:
            if a not in removed and b not in removed:
                return [a, b]
        return []
