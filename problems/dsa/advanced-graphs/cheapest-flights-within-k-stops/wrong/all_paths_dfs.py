# expect: TLE
class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # Explores every route of at most k + 1 flights, pruning only by the best found so far.
        out = defaultdict(list)
        for u, v, w in flights:
            out[u].append((v, w))
        best = inf

        def dfs(u, cost, flights_left):
            nonlocal best
            if cost >= best:
                return
            if u == dst:
                best = cost
                return
            if flights_left == 0:
                return
            for v, w in out[u]:
                dfs(v, cost + w, flights_left - 1)

        dfs(src, 0, k + 1)
        return -1 if best == inf else best
