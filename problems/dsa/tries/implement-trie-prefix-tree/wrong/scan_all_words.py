# expect: TLE
class Trie:
    # Not a trie at all: every startsWith scans the whole word list, O(words) per query.

    def __init__(self):
        self.words = []
        self.known = set()

    def insert(self, word: str) -> None:
        if word not in self.known:
            self.known.add(word)
            self.words.append(word)

    def search(self, word: str) -> bool:
        return word in self.known

    def startsWith(self, prefix: str) -> bool:
        return any(w.startswith(prefix) for w in self.words)
