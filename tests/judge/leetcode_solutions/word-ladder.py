class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Bidirectional BFS, trying all 26 letters in each position.
        words = set(wordList)
        if endWord not in words:
            return 0
        front, back = {beginWord}, {endWord}
        words.discard(beginWord)
        words.discard(endWord)
        length = 1
        letters = "abcdefghijklmnopqrstuvwxyz"
        while front and back:
            if len(front) > len(back):
                front, back = back, front
            length += 1
            nxt = set()
            for w in front:
                for i in range(len(w)):
                    for ch in letters:
                        cand = w[:i] + ch + w[i + 1:]
                        if cand in back:
                            return length
                        if cand in words:
                            words.discard(cand)
                            nxt.add(cand)
            front = nxt
        return 0
