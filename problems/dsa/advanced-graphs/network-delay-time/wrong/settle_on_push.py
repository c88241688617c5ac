# expect: WA
class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph = defaultdict(list)
        for u, v, w in times:
            graph[u].append((v, w))
        dist = {k: 0}
        heap = [(0, k)]
        while heap:
            d, u = heapq.heappop(heap)
            for v, w in graph[u]:
                if v not in dist:  # bug: the first distance found is frozen, even if a
                    dist[v] = d + w  # route through a later node turns out shorter
                    heapq.heappush(heap, (d + w, v))
        return max(dist.values()) if len(dist) == n else -1
