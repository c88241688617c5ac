class Trie:
    # A set of words; startsWith compares the prefix with every stored word.

    def __init__(self):
        self.words = set()

    def insert(self, word: str) -> None:
        self.words.add(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        for w in self.words:
            if w[:len(prefix)] == prefix:
                return True
        return False
