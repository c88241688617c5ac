import random
class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        # Quickselect on squared distance (random pivot, three-way partition).
        pts = points[:]
        lo, hi, need = 0, len(pts), k
        res = []
        while need > 0:
            seg = pts[lo:hi]
            pivot = random.choice(seg)
            pd = pivot[0] ** 2 + pivot[1] ** 2
            less = [p for p in seg if p[0] ** 2 + p[1] ** 2 < pd]
            eq = [p for p in seg if p[0] ** 2 + p[1] ** 2 == pd]
            more = [p for p in seg if p[0] ** 2 + p[1] ** 2 > pd]
            if len(less) >= need:
                pts[lo:hi] = less
                hi = lo + len(less)
            elif len(less) + len(eq) >= need:
                res += less + eq[:need - len(less)]
                need = 0
            else:
                res += less + eq
                need -= len(less) + len(eq)
                pts[lo:hi] = more
                hi = lo + len(more)
        return res
