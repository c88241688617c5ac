# expect: WA
class TrieNode:
    def __init__(self):
        self.children = {}
        self.end = False


class WordDictionary:
    # At a '.', the loop returns the result of the FIRST child it visits instead of moving on to
    # the next child when that branch fails: after addWord("bit") and addWord("bad"), search("b.d")
    # explores only the branch through 'i' and answers false.

    def __init__(self):
        self.root = TrieNode()

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
        node.end = True

    def search(self, word: str) -> bool:
        def dfs(node, i):
            if i == len(word):
                return node.end
            ch = word[i]
            if ch == ".":
                for child in node.children.values():
                    return dfs(child, i + 1)
                return False
            if ch not in node.children:
                return False
            return dfs(node.children[ch], i + 1)

        return dfs(self.root, 0)
