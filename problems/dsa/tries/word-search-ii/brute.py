class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # Search the grid separately for every word.
        rows, cols = len(board), len(board[0])

        def match(r, c, word, k, used):
            if board[r][c] != word[k]:
                return False
            if k == len(word) - 1:
                return True
            used.add((r, c))
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used:
                    if match(nr, nc, word, k + 1, used):
                        used.discard((r, c))
                        return True
            used.discard((r, c))
            return False

        return [w for w in words
                if any(match(r, c, w, 0, set()) for r in range(rows) for c in range(cols))]
