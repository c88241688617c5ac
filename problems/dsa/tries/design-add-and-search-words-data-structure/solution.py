class WordDictionary:
    # Nested dicts keyed by letter; the key "$" (never a letter or '.') marks the end of a word.
    # search walks the pattern depth-first, fanning out over every child at a '.'.

    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        n = len(word)

        def dfs(node, i):
            while i < n:
                ch = word[i]
                if ch == ".":
                    for key, child in node.items():
                        if key != "$" and dfs(child, i + 1):
                            return True
                    return False
                node = node.get(ch)
                if node is None:
                    return False
                i += 1
            return "$" in node

        return dfs(self.root, 0)
