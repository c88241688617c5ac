class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        if endWord not in wordList:
            return 0
        n = len(beginWord)
        buckets = defaultdict(list)
        for word in wordList:
            for i in range(n):
                buckets[word[:i] + "*" + word[i + 1:]].append(word)
        seen = {beginWord}
        queue = deque([beginWord])
        length = 1
        while queue:
            length += 1
            for _ in range(len(queue)):
                word = queue.popleft()
                for i in range(n):
                    key = word[:i] + "*" + word[i + 1:]
                    for nxt in buckets.pop(key, ()):
                        if nxt == endWord:
                            return length
                        if nxt not in seen:
                            seen.add(nxt)
                            queue.append(nxt)
        return 0
