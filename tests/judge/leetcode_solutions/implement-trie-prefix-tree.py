class TrieNode:
    __slots__ = ("children", "end")

    def __init__(self):
        self.children = [None] * 26
        self.end = False


class Trie:
    # Array-of-26 children per node, indexed by ord(ch) - ord('a').

    def __init__(self):
        self.root = TrieNode()

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            i = ord(ch) - 97
            if node.children[i] is None:
                node.children[i] = TrieNode()
            node = node.children[i]
        node.end = True

    def _find(self, s: str):
        node = self.root
        for ch in s:
            node = node.children[ord(ch) - 97]
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._find(word)
        return bool(node and node.end)

    def startsWith(self, prefix: str) -> bool:
        return self._find(prefix) is not None
