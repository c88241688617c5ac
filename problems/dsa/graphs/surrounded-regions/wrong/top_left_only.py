# expect: WA
class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # Seeds the search only from the top row and left column, forgetting the other borders.
        rows, cols = len(board), len(board[0])
        stack = [(0, c) for c in range(cols) if board[0][c] == "O"] + \
                [(r, 0) for r in range(1, rows) if board[r][0] == "O"]
        for r, c in stack:
            board[r][c] = "S"
        while stack:
            r, c = stack.pop()
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < rows and 0 <= y < cols and board[x][y] == "O":
                    board[x][y] = "S"
                    stack.append((x, y))
        for r in range(rows):
            for c in range(cols):
                board[r][c] = "O" if board[r][c] == "S" else "X"
