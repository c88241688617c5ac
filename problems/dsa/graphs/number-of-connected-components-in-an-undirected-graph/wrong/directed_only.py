# expect: WA
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Follows the edges only from a to b, as if the graph were directed.
        graph = [[] for _ in range(n)]
        for a, b in edges:
            graph[a].append(b)
        seen = [False] * n
        count = 0
        for s in range(n):
            if seen[s]:
                continue
            count += 1
            seen[s] = True
            stack = [s]
            while stack:
                u = stack.pop()
                for v in graph[u]:
                    if not seen[v]:
                        seen[v] = True
                        stack.append(v)
        return count
