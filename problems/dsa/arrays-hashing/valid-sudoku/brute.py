class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        cells = [(r, c) for r in range(9) for c in range(9) if board[r][c] != "."]
        for i, (r1, c1) in enumerate(cells):
            for r2, c2 in cells[i + 1:]:
                if board[r1][c1] != board[r2][c2]:
                    continue
                if r1 == r2 or c1 == c2 or (r1 // 3 == r2 // 3 and c1 // 3 == c2 // 3):
                    return False
        return True
