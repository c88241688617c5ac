class Solution:
    def solve(self, board: List[List[str]]) -> None:
        rows, cols = len(board), len(board[0])
        queue = deque()
        for r in range(rows):
            for c in range(cols):
                if (r in (0, rows - 1) or c in (0, cols - 1)) and board[r][c] == "O":
                    board[r][c] = "S"  # safe: connected to the border
                    queue.append((r, c))
        while queue:
            r, c = queue.popleft()
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < rows and 0 <= y < cols and board[x][y] == "O":
                    board[x][y] = "S"
                    queue.append((x, y))
        for r in range(rows):
            row = board[r]
            for c in range(cols):
                row[c] = "O" if row[c] == "S" else "X"
