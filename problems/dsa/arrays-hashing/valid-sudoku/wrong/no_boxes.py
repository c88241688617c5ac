# expect: WA
class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        # Checks rows and columns but forgets the 3 x 3 boxes.
        for i in range(9):
            row = [d for d in board[i] if d != "."]
            col = [board[r][i] for r in range(9) if board[r][i] != "."]
            if len(row) != len(set(row)) or len(col) != len(set(col)):
                return False
        return True
