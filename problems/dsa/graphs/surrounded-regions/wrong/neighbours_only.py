# expect: WA
class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # Flips every inner "O" whose four direct neighbours are not border "O"s: ignores
        # regions that reach the border through a longer path.
        rows, cols = len(board), len(board[0])
        flip = []
        for r in range(1, rows - 1):
            for c in range(1, cols - 1):
                if board[r][c] != "O":
                    continue
                safe = False
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if (x in (0, rows - 1) or y in (0, cols - 1)) and board[x][y] == "O":
                        safe = True
                if not safe:
                    flip.append((r, c))
        for r, c in flip:
            board[r][c] = "X"
