class TrieNode:
    __slots__ = ("children", "end")

    def __init__(self):
        self.children = [None] * 26
        self.end = False


class WordDictionary:
    # Array-of-26 trie; search advances a whole frontier of nodes one pattern position at a time.

    def __init__(self):
        self.root = TrieNode()

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            i = ord(ch) - 97
            if node.children[i] is None:
                node.children[i] = TrieNode()
            node = node.children[i]
        node.end = True

    def search(self, word: str) -> bool:
        frontier = [self.root]
        for ch in word:
            if ch == ".":
                frontier = [c for node in frontier for c in node.children if c is not None]
            else:
                i = ord(ch) - 97
                frontier = [node.children[i] for node in frontier if node.children[i] is not None]
            if not frontier:
                return False
        return any(node.end for node in frontier)
