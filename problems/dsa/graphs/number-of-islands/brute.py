class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Give every land cell its own label, then let each cell take the smallest label among
        # itself and its land neighbours until nothing changes. Cells of one island end up
        # sharing one label, so the answer is the number of distinct labels.
        rows, cols = len(grid), len(grid[0])
        label = {}
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1":
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
        return len(set(label.values()))
