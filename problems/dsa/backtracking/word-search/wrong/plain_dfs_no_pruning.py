# expect: TLE
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        # Plain DFS without pruning: exponential on a board full of one letter when the word cannot fit.
        rows, cols = len(board), len(board[0])

        def dfs(r, c, i, used):
            if i == len(word):
                return True
            if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or board[r][c] != word[i]:
                return False
            used.add((r, c))
            ok = any(dfs(r + dr, c + dc, i + 1, used) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
            used.discard((r, c))
            return ok

        return any(dfs(r, c, 0, set()) for r in range(rows) for c in range(cols))
