class TrieNode:
    __slots__ = ("children", "word", "count")

    def __init__(self):
        self.children = {}
        self.word = None
        self.count = 0  # words still unfound below this node


class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = TrieNode()
        for w in words:
            node = root
            node.count += 1
            for ch in w:
                node = node.children.setdefault(ch, TrieNode())
                node.count += 1
            node.word = w
        rows, cols = len(board), len(board[0])
        result = []
        visited = [[False] * cols for _ in range(rows)]
        path = []

        def dfs(r, c, node):
            child = node.children.get(board[r][c])
            if child is None or child.count == 0:
                return
            path.append(child)
            if child.word is not None:
                result.append(child.word)
                child.word = None
                for n in [root] + path:
                    n.count -= 1
            visited[r][c] = True
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not visited[nr][nc]:
                    dfs(nr, nc, child)
            visited[r][c] = False
            path.pop()

        for r in range(rows):
            for c in range(cols):
                dfs(r, c, root)
        return result
