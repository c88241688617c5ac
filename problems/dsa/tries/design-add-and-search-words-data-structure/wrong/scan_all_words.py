# expect: TLE
class WordDictionary:
    # Not a trie: every search compares the pattern with the whole word list, O(words * L) per query.

    def __init__(self):
        self.words = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for w in self.words:
            if len(w) != len(word):
                continue
            for p, c in zip(word, w):
                if p != "." and p != c:
                    break
            else:
                return True
        return False
