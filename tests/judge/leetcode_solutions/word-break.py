class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # BFS over start positions, matching words with startswith.
        seen = {0}
        queue = deque([0])
        while queue:
            i = queue.popleft()
            if i == len(s):
                return True
            for w in wordDict:
                j = i + len(w)
                if j not in seen and s.startswith(w, i):
                    seen.add(j)
                    queue.append(j)
        return False
