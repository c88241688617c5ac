# expect: WA
class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Forgets that a longer word listed before its own prefix makes the list impossible.
        after = {ch: set() for word in words for ch in word}
        indegree = {ch: 0 for ch in after}
        for a, b in zip(words, words[1:]):
            for x, y in zip(a, b):
                if x != y:
                    if y not in after[x]:
                        after[x].add(y)
                        indegree[y] += 1
                    break
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
