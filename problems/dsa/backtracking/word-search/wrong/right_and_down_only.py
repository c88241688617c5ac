# expect: WA
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])

        def dfs(r, c, i):
            if i == len(word):
                return True
            if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[i]:
                return False
            # bug: only moves right or down; paths may turn left or up too
            return dfs(r + 1, c, i + 1) or dfs(r, c + 1, i + 1)

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
