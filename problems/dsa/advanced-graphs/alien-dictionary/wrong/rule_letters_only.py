# expect: WA
class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Only outputs letters that take part in some rule, dropping letters with no constraint.
        after = defaultdict(set)
        indegree = Counter()
        for a, b in zip(words, words[1:]):
            for x, y in zip(a, b):
                if x != y:
                    if y not in after[x]:
                        after[x].add(y)
                        indegree[y] += 1
                        indegree[x] += 0
                    break
            else:
                if len(a) > len(b):
                    return ""
        nodes = list(indegree)
        queue = deque(ch for ch in nodes if indegree[ch] == 0)
        order = []
        while queue:
            ch = queue.popleft()
            order.append(ch)
            for nxt in after[ch]:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    queue.append(nxt)
        return "".join(order) if len(order) == len(nodes) else ""
