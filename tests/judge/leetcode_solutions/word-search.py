class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        cells = [ch for row in board for ch in row]
        if Counter(word) - Counter(cells):
            return False
        if cells.count(word[0]) > cells.count(word[-1]):
            word = word[::-1]
        nbrs = [[j for j in (i - n, i + n) if 0 <= j < m * n] +
                [j for j in (i - 1, i + 1) if 0 <= j < m * n and j // n == i // n] for i in range(m * n)]

        def dfs(i: int, k: int, seen: int) -> bool:
            if k == len(word):
                return True
            return any(not seen >> j & 1 and cells[j] == word[k] and dfs(j, k + 1, seen | 1 << j)
                       for j in nbrs[i])

        return any(cells[i] == word[0] and dfs(i, 1, 1 << i) for i in range(m * n))
