# expect: WA
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        # Always steps to the lowest unvisited neighbour of the CURRENT square (no backtracking to
        # other frontier squares): can wander into dead ends and pay too much.
        n = len(grid)
        r = c = 0
        seen = {(0, 0)}
        best = grid[0][0]
        while (r, c) != (n - 1, n - 1):
            options = [(grid[x][y], x, y) for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                       if 0 <= x < n and 0 <= y < n and (x, y) not in seen]
            if not options:
                return n * n - 1
            h, r, c = min(options)
            seen.add((r, c))
            best = max(best, h)
        return best
