# expect: WA
class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Adds a rule for EVERY differing position of adjacent words, not just the first one.
        after = {ch: set() for word in words for ch in word}
        indegree = {ch: 0 for ch in after}
        for a, b in zip(words, words[1:]):
            if len(a) > len(b) and a.startswith(b):
                return ""
            for x, y in zip(a, b):
                if x != y and y not in after[x]:
                    after[x].add(y)
                    indegree[y] += 1
        queue = deque(ch for ch in after if indegree[ch] == 0)
        order = []
        while queue:
            ch = queue.popleft()
            order.append(ch)
            for nxt in after[ch]:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    queue.append(nxt)
        return "".join(order) if len(order) == len(after) else ""
