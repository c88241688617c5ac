# expect: WA
class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # Bellman-Ford with k + 1 rounds but relaxing in place: one round can chain several
        # flights, so routes with too many stops sneak in.
        prices = [inf] * n
        prices[src] = 0
        for _ in range(k + 1):
            for u, v, w in flights:
                if prices[u] + w < prices[v]:
                    prices[v] = prices[u] + w
        return -1 if prices[dst] == inf else prices[dst]
