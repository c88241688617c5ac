class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Smallest intervals first; each fills the still-unanswered distinct queries it covers,
        # skipping answered ones with a union-find "next free" pointer.
        pts = sorted(set(queries))
        m = len(pts)
        nxt = list(range(m + 1))
        res = [-1] * m

        def find(x: int) -> int:
            while nxt[x] != x:
                nxt[x] = nxt[nxt[x]]
                x = nxt[x]
            return x

        for l, r in sorted(intervals, key=lambda iv: iv[1] - iv[0]):
            j = find(bisect_left(pts, l))
            while j < m and pts[j] <= r:
                res[j] = r - l + 1
                nxt[j] = j + 1
                j = find(j + 1)
        where = {p: i for i, p in enumerate(pts)}
        return [res[where[q]] for q in queries]
