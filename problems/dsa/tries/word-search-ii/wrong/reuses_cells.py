# expect: WA
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # Forgets to mark cells as used: a path may step back onto a cell it already used.
        root = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        rows, cols = len(board), len(board[0])
        found = set()

        def dfs(r, c, node, depth):
            node = node[board[r][c]]
            if "$" in node:
                found.add(node["$"])
            if depth == 10:
                return
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                    dfs(nr, nc, node, depth + 1)

        for r in range(rows):
            for c in range(cols):
                if board[r][c] in root:
                    dfs(r, c, root, 1)
        return list(found)
