class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        seen = set()
        for r, row in enumerate(board):
            for c, d in enumerate(row):
                if d != ".":
                    keys = {(d, "row", r), (d, "col", c), (d, "box", r // 3, c // 3)}
                    if seen & keys:
                        return False
                    seen |= keys
        return True
