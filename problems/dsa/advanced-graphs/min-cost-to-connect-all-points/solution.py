class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Prim's algorithm on the complete graph, O(n^2) without a heap. xs/ys/best hold the
        # points still OUTSIDE the tree and each one's distance to the nearest tree point.
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        best = [float("inf")] * len(points)
        px, py = xs.pop(), ys.pop()  # start the tree with the last point
        best.pop()
        total = 0
        while xs:
            # the point just added (px, py) may be closer to some outside points
            best = [d if (d := abs(x - px) + abs(y - py)) < b else b for b, x, y in zip(best, xs, ys)]
            cost = min(best)
            j = best.index(cost)  # the closest outside point joins the tree
            total += cost
            px, py = xs[j], ys[j]
            # remove j in O(1): move the last element into its slot
            xs[j], ys[j], best[j] = xs[-1], ys[-1], best[-1]
            xs.pop()
            ys.pop()
            best.pop()
        return total
