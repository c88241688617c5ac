# expect: WA
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Lets endWord be reached even when it is not in the dictionary.
        words = set(wordList) | {endWord}
        seen = {beginWord}
        queue = deque([(beginWord, 1)])
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
