class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        have = Counter(ch for row in board for ch in row)
        need = Counter(word)
        if any(have[ch] < k for ch, k in need.items()):
            return False            # not enough copies of some letter
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]       # start from the rarer end: fewer starting points

        def dfs(r: int, c: int, i: int) -> bool:
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            board[r][c] = "#"       # mark as used on the current path
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, i + 1):
                    board[r][c] = word[i]
                    return True
            board[r][c] = word[i]   # restore
            return False

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
