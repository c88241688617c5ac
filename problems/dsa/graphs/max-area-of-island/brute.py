class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        # Label propagation: each land cell starts with its own label and repeatedly takes the
        # smallest label among itself and its land neighbours; then count cells per label.
        rows, cols = len(grid), len(grid[0])
        label = {}
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1:
                    label[(r, c)] = r * cols + c
        changed = True
        while changed:
            changed = False
            for (r, c), value in list(label.items()):
                best = value
                for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if cell in label and label[cell] < best:
                        best = label[cell]
                if best < value:
                    label[(r, c)] = best
                    changed = True
        counts = {}
        for value in label.values():
            counts[value] = counts.get(value, 0) + 1
        return max(counts.values(), default=0)
