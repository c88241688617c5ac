# expect: WA
class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph = defaultdict(list)
        for u, v, w in times:
            graph[u].append((v, w))
        # Bug: plain BFS finds the route with the fewest edges, not the fastest one.
        dist = {k: 0}
        queue = deque([k])
        while queue:
            u = queue.popleft()
            for v, w in graph[u]:
                if v not in dist:
                    dist[v] = dist[u] + w
                    queue.append(v)
        return max(dist.values()) if len(dist) == n else -1
