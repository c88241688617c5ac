# expect: WA
class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        # Box index r // 3 + c // 3 merges different boxes (e.g. (0, 3) and (3, 0)).
        seen = set()
        for r in range(9):
            for c in range(9):
                d = board[r][c]
                if d == ".":
                    continue
                keys = [("r", r, d), ("c", c, d), ("b", r // 3 + c // 3, d)]
                if any(k in seen for k in keys):
                    return False
                seen.update(keys)
        return True
