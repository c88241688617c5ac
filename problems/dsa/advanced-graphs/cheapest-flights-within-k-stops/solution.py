class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        prices = [inf] * n
        prices[src] = 0
        for _ in range(k + 1):
            nxt = prices[:]
            changed = False
            for u, v, w in flights:
                if prices[u] + w < nxt[v]:
                    nxt[v] = prices[u] + w
                    changed = True
            prices = nxt
            if not changed:
                break
        return -1 if prices[dst] == inf else prices[dst]
