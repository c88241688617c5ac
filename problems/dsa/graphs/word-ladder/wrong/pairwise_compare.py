# expect: TLE
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # BFS that finds neighbours by comparing against every dictionary word: O(N^2 * L).
        if endWord not in wordList:
            return 0
        dist = {beginWord: 1}
        queue = deque([beginWord])
        while queue:
            w = queue.popleft()
            if w == endWord:
                return dist[w]
            for v in wordList:
                if v not in dist:
                    diff = 0
                    for a, b in zip(w, v):
                        if a != b:
                            diff += 1
                    if diff == 1:
                        dist[v] = dist[w] + 1
                        queue.append(v)
        return 0
