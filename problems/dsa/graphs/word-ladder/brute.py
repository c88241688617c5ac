class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # BFS comparing the current word with every dictionary word, letter by letter.
        def adjacent(a, b):
            return sum(x != y for x, y in zip(a, b)) == 1

        words = list(dict.fromkeys(wordList))
        if endWord not in words:
            return 0
        dist = {beginWord: 1}
        queue = deque([beginWord])
        while queue:
            w = queue.popleft()
            if w == endWord:
                return dist[w]
            for v in words:
                if v not in dist and adjacent(w, v):
                    dist[v] = dist[w] + 1
                    queue.append(v)
        return 0
