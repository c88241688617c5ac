class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # best(u, f) = cheapest way from u to dst using at most f flights, by memoised recursion.
        out = defaultdict(list)
        for u, v, w in flights:
            out[u].append((v, w))

        @lru_cache(maxsize=None)
        def best(u, f):
            if u == dst:
                return 0
            if f == 0:
                return inf
            return min((w + best(v, f - 1) for v, w in out[u]), default=inf)

        ans = best(src, k + 1)
        return -1 if ans == inf else ans
