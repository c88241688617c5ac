# expect: WA
class Trie:
    # startsWith copied from search: it also demands that a word END at the prefix, so "car" is
    # not reported as a prefix of "card" unless "car" itself was inserted.

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def _walk(self, s):
        node = self.root
        for ch in s:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and "$" in node

    def startsWith(self, prefix: str) -> bool:
        node = self._walk(prefix)
        return node is not None and "$" in node
