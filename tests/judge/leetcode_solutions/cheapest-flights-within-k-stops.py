class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # Dijkstra on (cost, node, flights used), pruning states that used more flights than the
        # fewest seen for that node at a lower cost.
        graph = defaultdict(list)
        for u, v, w in flights:
            graph[u].append((v, w))
        fewest = [inf] * n
        heap = [(0, src, 0)]
        while heap:
            cost, u, used = heappop(heap)
            if u == dst:
                return cost
            if used >= fewest[u] or used == k + 1:
                continue
            fewest[u] = used
            for v, w in graph[u]:
                heappush(heap, (cost + w, v, used + 1))
        return -1
