# expect: WA
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Returns the number of transformations (steps) instead of the number of words.
        words = set(wordList)
        if endWord not in words:
            return 0
        seen = {beginWord}
        queue = deque([(beginWord, 0)])
        while queue:
            word, d = queue.popleft()
            if word == endWord:
                return d
            for i in range(len(word)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    nxt = word[:i] + ch + word[i + 1:]
                    if nxt in words and nxt not in seen:
                        seen.add(nxt)
                        queue.append((nxt, d + 1))
        return 0
