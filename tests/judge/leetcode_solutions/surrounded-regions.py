class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # Union-Find with a virtual "border" node.
        rows, cols = len(board), len(board[0])
        border = rows * cols
        parent = list(range(border + 1))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb

        for r in range(rows):
            for c in range(cols):
                if board[r][c] != "O":
                    continue
                idx = r * cols + c
                if r in (0, rows - 1) or c in (0, cols - 1):
                    union(idx, border)
                if r + 1 < rows and board[r + 1][c] == "O":
                    union(idx, idx + cols)
                if c + 1 < cols and board[r][c + 1] == "O":
                    union(idx, idx + 1)
        root = find(border)
        for r in range(rows):
            for c in range(cols):
                if board[r][c] == "O" and find(r * cols + c) != root:
                    board[r][c] = "X"
