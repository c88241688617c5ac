class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Incremental: before adding [a, b], check with a DFS whether a already reaches b.
        graph = defaultdict(set)

        def reaches(src: int, dst: int) -> bool:
            seen = {src}
            stack = [src]
            while stack:
                u = stack.pop()
                if u == dst:
                    return True
                for v in graph[u]:
                    if v not in seen:
                        seen.add(v)
                        stack.append(v)
            return False

        for a, b in edges:
            if a in graph and b in graph and reaches(a, b):
                return [a, b]
            graph[a].add(b)
            graph[b].add(a)
        return []
