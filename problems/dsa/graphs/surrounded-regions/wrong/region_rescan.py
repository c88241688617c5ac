# expect: TLE
class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # For every "O" cell, explores its whole region again to decide its fate: O((m * n)^2)
        # on boards with one large region.
        rows, cols = len(board), len(board[0])
        capture = []
        for sr in range(rows):
            for sc in range(cols):
                if board[sr][sc] != "O":
                    continue
                seen = {(sr, sc)}
                stack = [(sr, sc)]
                escapes = False
                while stack:
                    r, c = stack.pop()
                    if r in (0, rows - 1) or c in (0, cols - 1):
                        escapes = True
                    for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= x < rows and 0 <= y < cols and board[x][y] == "O" and (x, y) not in seen:
                            seen.add((x, y))
                            stack.append((x, y))
                if not escapes:
                    capture.append((sr, sc))
        for r, c in capture:
            board[r][c] = "X"
