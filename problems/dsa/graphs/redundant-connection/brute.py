class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Try removing each edge from the last one backwards; keep the first removal that leaves
        # every town reachable from town 1.
        n = len(edges)
        for skip in range(n - 1, -1, -1):
            graph = {v: [] for v in range(1, n + 1)}
            for i, (a, b) in enumerate(edges):
                if i != skip:
                    graph[a].append(b)
                    graph[b].append(a)
            seen = {1}
            stack = [1]
            while stack:
                u = stack.pop()
                for v in graph[u]:
                    if v not in seen:
                        seen.add(v)
                        stack.append(v)
            if len(seen) == n:
                return edges[skip]
        return []
