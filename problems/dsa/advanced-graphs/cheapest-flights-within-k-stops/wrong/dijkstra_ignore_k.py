# expect: WA
class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # Plain Dijkstra: ignores the stop limit entirely.
        out = defaultdict(list)
        for u, v, w in flights:
            out[u].append((v, w))
        dist = {src: 0}
        heap = [(0, src)]
        while heap:
            d, u = heappop(heap)
            if u == dst:
                return d
            if d > dist.get(u, inf):
                continue
            for v, w in out[u]:
                if d + w < dist.get(v, inf):
                    dist[v] = d + w
                    heappush(heap, (d + w, v))
        return -1
