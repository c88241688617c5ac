# expect: TLE
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # Classic single-word search repeated for every word: tens of thousands of full grid scans.
        rows, cols = len(board), len(board[0])

        def dfs(r, c, word, k):
            if k == len(word):
                return True
            if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[k]:
                return False
            board[r][c] = "#"
            ok = (dfs(r + 1, c, word, k + 1) or dfs(r - 1, c, word, k + 1)
                  or dfs(r, c + 1, word, k + 1) or dfs(r, c - 1, word, k + 1))
            board[r][c] = word[k]
            return ok

        result = []
        for w in words:
            if any(dfs(r, c, w, 0) for r in range(rows) for c in range(cols)):
                result.append(w)
        return result
